package de.podium.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import de.podium.platform.control.Texts;

/**
 * One rule at the API's boundary for everything a client sends as text: path and query parameters of every request,
 * and the JSON, form and plain-text bodies of the resource method that will read them (see {@link StrictBody}).
 * A refused request never reaches a resource, so no control character gets near the database.
 * Multipart uploads are not read here (their file names are reduced by the slide and photo code).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictInputFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Optional<Refusal> refusal = parameters(request);
        if (refusal.isEmpty() && request.hasEntity() && resource.getResourceMethod() != null) {
            refusal = body(request, resource.getResourceMethod());
        }
        refusal.ifPresent(r -> request.abortWith(answer(r)));
    }

    private Optional<Refusal> parameters(ContainerRequestContext request) {
        List<JsonShape.Finding> findings = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(true), findings);
        check(request.getUriInfo().getQueryParameters(true), findings);
        return StrictBody.findings(findings);
    }

    private static void check(MultivaluedMap<String, String> parameters, List<JsonShape.Finding> findings) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                StrictBody.text(parameter.getKey(), value, false).ifPresent(findings::add);
            }
        }
    }

    private Optional<Refusal> body(ContainerRequestContext request, Method method) throws IOException {
        MediaType type = request.getMediaType();
        Parameter entity = entityParameter(method);
        boolean form = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                && (entity != null || hasFormParameters(method));
        boolean json = type != null && entity != null && isJson(type);
        boolean text = type != null && entity != null && "text".equals(type.getType())
                && entity.getType() == String.class;
        if (!form && !json && !text) {
            return Optional.empty();
        }
        Optional<Refusal> charset = StrictBody.charset(type.getParameters().get(MediaType.CHARSET_PARAMETER));
        if (charset.isPresent()) {
            return charset;
        }
        byte[] bytes = StrictBody.read(request.getEntityStream());
        if (bytes == null) {
            return Optional.of(Refusal.of(413, "error.http.413"));
        }
        request.setEntityStream(new ByteArrayInputStream(bytes));
        String content = StrictBody.utf8(bytes);
        if (content == null) {
            return Optional.of(Refusal.of(400, "error.body.encoding"));
        }
        if (json) {
            return StrictBody.json(content, entity.getParameterizedType());
        }
        if (text) {
            return StrictBody.findings(StrictBody.text("body", content, true).stream().toList());
        }
        return formFields(content);
    }

    private static Optional<Refusal> formFields(String content) {
        List<JsonShape.Finding> findings = new ArrayList<>();
        for (String pair : content.split("&")) {
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                StrictBody.text(name, value, false).ifPresent(findings::add);
            } catch (IllegalArgumentException e) {
                return Optional.of(Refusal.of(400, "error.malformed"));
            }
        }
        return StrictBody.findings(findings);
    }

    /** The parameter JAX-RS fills from the body: the one without a JAX-RS annotation. */
    /** Per resource method, found once: reflection copies the parameters and their annotations on every call. */
    private static final Map<Method, Optional<Parameter>> ENTITY_PARAMETERS = new ConcurrentHashMap<>();

    static Parameter entityParameter(Method method) {
        return ENTITY_PARAMETERS.computeIfAbsent(method, m -> Optional.ofNullable(findEntityParameter(m))).orElse(null);
    }

    private static Parameter findEntityParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                annotated |= annotation.annotationType().getName().startsWith("jakarta.ws.rs.");
            }
            if (!annotated) {
                return parameter;
            }
        }
        return null;
    }

    private static boolean hasFormParameters(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(FormParam.class)) {
                return true;
            }
        }
        return false;
    }

    static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private jakarta.ws.rs.core.Response answer(Refusal refusal) {
        Locale locale = ApiErrors.locale(headers);
        List<ErrorBody.Field> fields = refusal.fields().stream()
                .map(f -> new ErrorBody.Field(f.field(), Texts.get(locale, f.messageKey())))
                .toList();
        return ApiErrors.response(refusal.status(), ApiErrors.errorName(refusal.status()),
                Texts.get(locale, refusal.messageKey(), refusal.args()), fields);
    }
}
