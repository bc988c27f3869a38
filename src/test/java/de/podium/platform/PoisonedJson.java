package de.podium.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A JSON body for a Java type in which every string, at any depth, carries a control character; it remembers the
 * JSON path of each such string. Numbers and booleans are plausible, so that only the strings are wrong.
 */
final class PoisonedJson {

    final List<String> poisonedFields = new ArrayList<>();
    private final String poison;

    private PoisonedJson(String poison) {
        this.poison = poison;
    }

    static PoisonedJson of(Type type, String poison, StringBuilder json) {
        PoisonedJson sample = new PoisonedJson(poison);
        json.append(sample.value(type, "", 0).toString());
        return sample;
    }

    private JsonValue value(Type type, String path, int depth) {
        Class<?> raw = raw(type);
        if (raw == boolean.class || raw == Boolean.class) {
            return JsonValue.TRUE;
        }
        if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != char.class)) {
            return Json.createValue(1);
        }
        if (jakarta.json.JsonObject.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder().add("kind", text(join(path, "kind"))).build();
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            JsonArrayBuilder array = Json.createArrayBuilder();
            array.add(value(element, path + "[0]", depth + 1));
            return array.build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder().add("k", value(argument(type, 1), join(path, "k"), depth + 1)).build();
        }
        if (raw == String.class || raw == Object.class || raw.isEnum() || raw.getName().startsWith("java.")
                || depth > 5) {
            return text(path);
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (Class<?> c = raw; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isSynthetic() || field.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
                object.add(name, value(field.getGenericType(), join(path, name), depth + 1));
            }
        }
        return object.build();
    }

    private JsonValue text(String path) {
        poisonedFields.add(path.isEmpty() ? "body" : path);
        return Json.createValue("x" + poison + "y");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
