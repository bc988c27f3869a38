package de.podium.platform.boundary;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Responses per operation as API.md states them. What the resources declare with {@code @APIResponse} stays; the
 * rest follows from the operation: the generated {@code default} becomes the 200 unless a 2xx is declared; a request
 * body can be malformed (400), of the wrong type (415) or invalid (422); a path with parameters can name something
 * unknown (404); an operation that requires HTTP Basic answers 401 and 403. Every 4xx carries the JSON error body.
 */
final class ApiResponsesRule {

    static final String ERROR_SCHEMA = "Error";
    private static final String ERROR_REF = "#/components/schemas/" + ERROR_SCHEMA;

    private ApiResponsesRule() {
    }

    static void complete(OpenAPI document) {
        addErrorSchema(document);
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        successInsteadOfDefault(responses);
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "400", "The body is not well-formed (e.g. not JSON, or a number too large for its field).");
            addIfMissing(responses, "415", "The body has a content type this operation does not take.");
            addIfMissing(responses, "422", "Invalid fields; errors[] names each field.");
        }
        if (requiresSignIn(operation)) {
            addIfMissing(responses, "401", "Not signed in: HTTP Basic credentials are missing or wrong.");
            addIfMissing(responses, "403", "Signed in, but not allowed for this conference.");
        }
        if (path.contains("{")) {
            addIfMissing(responses, "404", "Unknown " + pathParameterNames(operation) + ".");
        }
        responses.getAPIResponses().values().forEach(ApiResponsesRule::filesAsStrings);
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") && response.getRef() == null && hasNoContent(response)) {
                response.setContent(errorContent());
            }
        });
    }

    private static void successInsteadOfDefault(APIResponses responses) {
        Map<String, APIResponse> declared = responses.getAPIResponses();
        if (declared == null || !declared.containsKey(APIResponses.DEFAULT)) {
            if (declared == null || declared.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK"));
            }
            return;
        }
        APIResponse generated = declared.get(APIResponses.DEFAULT);
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean successDeclared = declared.keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (!successDeclared) {
            generated.setDescription("OK");
            responses.addAPIResponse("200", generated);
        }
    }

    /** What is not JSON (PDF, image, calendar, CSV, XML, HTML) is sent as it is: a string, binary unless text. */
    private static void filesAsStrings(APIResponse response) {
        if (hasNoContent(response)) {
            return;
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            if (!type.contains("json")) {
                Schema file = OASFactory.createSchema().type(Schema.SchemaType.STRING);
                media.setSchema(type.startsWith("text/") || type.contains("xml") ? file : file.format("binary"));
            }
        });
    }

    private static boolean hasNoContent(APIResponse response) {
        return response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    private static boolean requiresSignIn(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    private static String pathParameterNames(Operation operation) {
        if (operation.getParameters() == null) {
            return "resource";
        }
        List<String> names = operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH)
                .map(Parameter::getName).toList();
        return names.isEmpty() ? "resource" : String.join(" or ", names);
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content errorContent() {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_REF)));
    }

    /** API.md's error body: {"status":422,"error":"validation","message":"…","errors":[{"field":"email","message":"…"}]}. */
    private static void addErrorSchema(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        Components components = document.getComponents();
        Schema field = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", string("The field, e.g. email or answers.diet"))
                .addProperty("message", string("What is wrong, in the request's language"));
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("The error body of every 4xx answer")
                .addRequired("status").addRequired("error")
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("error", string("A stable code, e.g. validation, duplicate, registration_closed"))
                .addProperty("message", string("A sentence for people, in the request's language"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(field)
                        .description("Field errors (only with 422)"))
                .addProperty("conflicts", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT))
                        .description("What blocks the action, e.g. the agenda's overlaps"));
        components.addSchema(ERROR_SCHEMA, error);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
