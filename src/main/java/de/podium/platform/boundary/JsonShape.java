package de.podium.platform.boundary;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

import de.podium.platform.control.ControlCharacters;
import de.podium.platform.control.MultiLine;

/**
 * Walks a parsed JSON body along the Java type it is bound to. JSON-B alone would store {@code ["a@b.example"]} as
 * the text of a string field; here every value must have the JSON type its field has, and every string, at any
 * depth, is checked for control characters (single line unless the field is {@link MultiLine}). Findings name the
 * field by its JSON path, e.g. {@code speakers[0].lastName}.
 */
final class JsonShape {

    /** Fields that carry a token from a link: a bad one is a malformed request (400), not a typing mistake. */
    static final Set<String> TOKEN_FIELDS = Set.of("token");

    enum Kind { WRONG_TYPE, MALFORMED_TOKEN, CONTROL_CHARACTER }

    record Finding(Kind kind, String field, boolean multiLine) {
    }

    private final List<Finding> findings = new ArrayList<>();

    private JsonShape() {
    }

    static List<Finding> check(JsonValue body, Type type) {
        JsonShape shape = new JsonShape();
        shape.value(body, type, "", false, false);
        return shape.findings;
    }

    private void value(JsonValue value, Type type, String path, boolean multiLine, boolean token) {
        if (value.getValueType() == ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == Object.class || raw == JsonValue.class) {
            anything(value, path);
        } else if (JsonObject.class.isAssignableFrom(raw)) {
            expect(value, ValueType.OBJECT, path, () -> anything(value, path));
        } else if (JsonArray.class.isAssignableFrom(raw)) {
            expect(value, ValueType.ARRAY, path, () -> anything(value, path));
        } else if (isText(raw)) {
            expect(value, ValueType.STRING, path, () -> text(((JsonString) value).getString(), path, multiLine, token));
        } else if (isNumber(raw)) {
            expect(value, ValueType.NUMBER, path, () -> { });
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() != ValueType.TRUE && value.getValueType() != ValueType.FALSE) {
                findings.add(new Finding(Kind.WRONG_TYPE, name(path), false));
            }
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Type element = raw.isArray() ? componentType(type, raw) : argument(type, 0);
            expect(value, ValueType.ARRAY, path, () -> elements(value.asJsonArray(), element, path, multiLine, token));
        } else if (Map.class.isAssignableFrom(raw)) {
            Type valueType = argument(type, 1);
            expect(value, ValueType.OBJECT, path, () -> value.asJsonObject().forEach((key, member) -> {
                text(key, path, false, false);
                value(member, valueType, join(path, key), multiLine, false);
            }));
        } else {
            expect(value, ValueType.OBJECT, path, () -> object(value.asJsonObject(), raw, path));
        }
    }

    private void object(JsonObject object, Class<?> type, String path) {
        Map<String, Field> properties = properties(type);
        object.forEach((key, member) -> {
            text(key, path, false, false);
            Field field = properties.get(key);
            if (field == null) {
                anything(member, join(path, key));
            } else {
                value(member, field.getGenericType(), join(path, key), field.isAnnotationPresent(MultiLine.class),
                        TOKEN_FIELDS.contains(key));
            }
        });
    }

    private void elements(JsonArray array, Type element, String path, boolean multiLine, boolean token) {
        for (int i = 0; i < array.size(); i++) {
            value(array.get(i), element, path + "[" + i + "]", multiLine, token);
        }
    }

    /** A value of no fixed type (a map of answers, a JSON object parameter): only its strings are checked. */
    private void anything(JsonValue value, String path) {
        switch (value.getValueType()) {
            case STRING -> text(((JsonString) value).getString(), path, false, TOKEN_FIELDS.contains(last(path)));
            case ARRAY -> elements(value.asJsonArray(), Object.class, path, false, false);
            case OBJECT -> value.asJsonObject().forEach((key, member) -> {
                text(key, path, false, false);
                anything(member, join(path, key));
            });
            default -> {
            }
        }
    }

    private void text(String text, String path, boolean multiLine, boolean token) {
        if (ControlCharacters.refused(text, multiLine)) {
            findings.add(new Finding(token ? Kind.MALFORMED_TOKEN : Kind.CONTROL_CHARACTER, name(path), multiLine));
        }
    }

    private void expect(JsonValue value, ValueType expected, String path, Runnable then) {
        if (value.getValueType() == expected) {
            then.run();
        } else {
            findings.add(new Finding(Kind.WRONG_TYPE, name(path), false));
        }
    }

    /** JSON-B's view of a class: its fields up the hierarchy, named as in JSON. */
    static Map<String, Field> properties(Class<?> type) {
        Map<String, Field> properties = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(JsonbTransient.class) || field.isSynthetic()) {
                    continue;
                }
                JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
                properties.putIfAbsent(name, field);
            }
        }
        return properties;
    }

    static boolean isText(Class<?> raw) {
        return raw == String.class || raw == Character.class || raw == char.class || raw.isEnum()
                || raw.getName().startsWith("java.time.") || raw == java.util.UUID.class || raw == java.net.URI.class
                || raw == java.util.Locale.class;
    }

    static boolean isNumber(Class<?> raw) {
        return Number.class.isAssignableFrom(raw)
                || (raw.isPrimitive() && raw != boolean.class && raw != char.class && raw != void.class);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Type componentType(Type type, Class<?> raw) {
        return type instanceof GenericArrayType a ? a.getGenericComponentType() : raw.getComponentType();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
