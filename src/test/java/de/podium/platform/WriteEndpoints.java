package de.podium.platform;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import de.podium.platform.boundary.ApiApplication;

/**
 * Every write endpoint of the API (a resource method with POST, PUT, PATCH or DELETE), found by reflection on the
 * compiled classes of {@code de.podium}: a new resource is part of the list without anyone adding it.
 */
record WriteEndpoints(String method, String path, Method javaMethod, List<String> consumes,
                      List<String> stringPathParameters, List<String> stringQueryParameters, Parameter entity) {

    static List<WriteEndpoints> all() throws IOException, URISyntaxException {
        String api = ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        List<WriteEndpoints> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null || verb.equals("GET") || verb.equals("HEAD") || verb.equals("OPTIONS")) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = ("/" + api + "/" + resource.getAnnotation(jakarta.ws.rs.Path.class).value()
                        + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                endpoints.add(new WriteEndpoints(verb, path, method, consumes(method, resource),
                        stringPathParameters(method, resource), stringQueryParameters(method), entity(method)));
            }
        }
        return endpoints;
    }

    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        Path root = Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("de/podium"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, WriteEndpoints.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot inspect " + name + " for JAX-RS resources", e);
                }
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static List<String> consumes(Method method, Class<?> resource) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes == null ? List.of() : Arrays.stream(consumes.value())
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
    }

    private static List<String> stringPathParameters(Method method, Class<?> resource) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class) && parameter.getType() == String.class) {
                names.add(parameter.getAnnotation(PathParam.class).value());
            }
        }
        for (Field field : resource.getDeclaredFields()) {
            if (field.isAnnotationPresent(PathParam.class) && field.getType() == String.class
                    && !names.contains(field.getAnnotation(PathParam.class).value())) {
                names.add(field.getAnnotation(PathParam.class).value());
            }
        }
        return names;
    }

    private static List<String> stringQueryParameters(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(QueryParam.class) && parameter.getType() == String.class) {
                names.add(parameter.getAnnotation(QueryParam.class).value());
            }
        }
        return names;
    }

    private static Parameter entity(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean jaxrs = Arrays.stream(parameter.getAnnotations())
                    .anyMatch(a -> a.annotationType().getName().startsWith("jakarta.ws.rs."));
            if (!jaxrs) {
                return parameter;
            }
        }
        return null;
    }

    /** Takes only pictures (image/png, image/jpeg) as its body. */
    boolean isPicture() {
        return !consumes.isEmpty() && consumes.stream().allMatch(c -> c.startsWith("image/"));
    }

    boolean isMultipart() {
        return consumes.stream().anyMatch(c -> c.startsWith("multipart/"));
    }

    /** The URL with a valid value for each path parameter and {@code poisoned} in the one named. */
    String url(String poisonedParameter, String poison) {
        java.util.regex.Matcher template = java.util.regex.Pattern.compile("\\{([A-Za-z0-9_]+)(\\s*:[^}]*)?}")
                .matcher(path);
        StringBuilder url = new StringBuilder();
        while (template.find()) {
            String name = template.group(1);
            String value = name.equals("slug") ? de.podium.testsupport.PodiumServer.DEMO_SLUG
                    : name.equals("token") || name.equals("jobId") ? "abc" : "1";
            if (name.equals(poisonedParameter)) {
                value = value + poison;
            }
            template.appendReplacement(url, java.util.regex.Matcher.quoteReplacement(value));
        }
        template.appendTail(url);
        return url.toString();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
