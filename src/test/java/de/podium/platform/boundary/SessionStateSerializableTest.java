package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;

import org.junit.jupiter.api.Test;

/**
 * In a cluster with shared sessions ({@code <distributable/>} in web.xml, see README), view-scoped and
 * session-scoped beans travel with the session to the other nodes. Every field they keep must therefore be
 * serializable, or transient and rebuilt; an
 * injected service must be a normal-scoped proxy (serializable), never a transient field that would be null on
 * the next node.
 */
class SessionStateSerializableTest {

    @Test
    void beansKeptInTheSessionSurviveSerialization() throws Exception {
        List<Class<?>> beans = sessionKeptBeans();
        assertFalse(beans.isEmpty(), "no view-scoped beans found: the scan is broken");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : bean.getDeclaredFields()) {
                check(bean, field, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Class<?> bean, Field field, List<String> problems) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)) {
            return;
        }
        String name = bean.getSimpleName() + "." + field.getName();
        boolean injected = field.isAnnotationPresent(jakarta.inject.Inject.class);
        if (injected) {
            if (Modifier.isTransient(modifiers)) {
                problems.add(name + " is injected but transient: null after the session moved to another node");
            } else if (!isNormalScoped(field.getType())) {
                problems.add(name + " injects " + field.getType().getSimpleName() + ", which has no normal scope");
            }
            return;
        }
        if (!Modifier.isTransient(modifiers) && !serializable(field.getGenericType())) {
            problems.add(name + " (" + field.getGenericType().getTypeName() + ") is not serializable");
        }
    }

    private static boolean isNormalScoped(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(jakarta.faces.view.ViewScoped.class)
                || type.isAnnotationPresent(jakarta.ejb.Stateless.class)
                || type.isAnnotationPresent(jakarta.ejb.Singleton.class);
    }

    private static boolean serializable(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() || c.isEnum() || Serializable.class.isAssignableFrom(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            return Stream.of(p.getActualTypeArguments()).allMatch(SessionStateSerializableTest::serializable);
        }
        return false;
    }

    private static List<Class<?>> sessionKeptBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(LocaleSelection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
