package de.podium.platform.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** The global rules for paths and operations of the OpenAPI document (see {@link ApiDocumentFilter}). */
final class ApiOperations {

    /** A JAX-RS template with a regex, e.g. {@code {id: [0-9]+}}; OpenAPI allows only {@code {id}}. */
    private static final Pattern REGEX_TEMPLATE = Pattern.compile("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}");

    private static final String FILE_UPLOAD = "FileUpload";

    private ApiOperations() {
    }

    /** {@code /x/{id: [0-9]+}} becomes {@code /x/{id}}; its path parameter is then typed as an integer. */
    static void plainPathTemplates(OpenAPI document) {
        Paths paths = document.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> rewritten = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> {
            Matcher regex = REGEX_TEMPLATE.matcher(path);
            if (regex.find()) {
                item.getOperations().values().forEach(ApiOperations::integerPathParameters);
            }
            rewritten.merge(plainTemplate(path), item, ApiOperations::mergeOperations);
        });
        paths.setPathItems(rewritten);
    }

    static String plainTemplate(String path) {
        return REGEX_TEMPLATE.matcher(path).replaceAll("{$1}");
    }

    private static PathItem mergeOperations(PathItem kept, PathItem added) {
        added.getOperations().forEach((method, operation) -> {
            if (!kept.getOperations().containsKey(method)) {
                kept.setOperation(method, operation);
            }
        });
        return kept;
    }

    /** The regexes of Podium's templates are all {@code [0-9]+}: ids. */
    private static void integerPathParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (parameter.getIn() == Parameter.In.PATH && schema != null && schema.getType() == Schema.SchemaType.NUMBER) {
                schema.setType(Schema.SchemaType.INTEGER);
                schema.setFormat("int64");
            }
        }
    }

    /**
     * Generated ids are the Java method names, which repeat across resources ({@code list}, {@code get}). Explicit
     * {@code @Operation(operationId)} names are kept where unique; every id used more than once is qualified with the
     * literal words of its path ({@code list} on {@code /api/conferences/{slug}/outbox} becomes
     * {@code listConferencesOutbox}), and, should that still clash, with its HTTP method.
     */
    static void uniqueOperationIds(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        List<Located> operations = new ArrayList<>();
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> operations.add(new Located(path, method, operation))));
        Map<String, Integer> uses = new HashMap<>();
        operations.forEach(o -> uses.merge(String.valueOf(o.operation().getOperationId()), 1, Integer::sum));
        Map<String, Integer> qualifiedUses = new HashMap<>();
        for (Located o : operations) {
            String id = o.operation().getOperationId();
            if (id == null || uses.get(id) > 1) {
                o.operation().setOperationId((id == null ? o.method().name().toLowerCase(Locale.ROOT) : id) + pathWords(o.path()));
            }
            qualifiedUses.merge(o.operation().getOperationId(), 1, Integer::sum);
        }
        for (Located o : operations) {
            if (qualifiedUses.get(o.operation().getOperationId()) > 1) {
                o.operation().setOperationId(o.operation().getOperationId() + capitalized(o.method().name().toLowerCase(Locale.ROOT)));
            }
        }
    }

    /**
     * Uploads (slides, speaker photo) take their parts as {@code @FormParam EntityPart}, which the generator cannot
     * type: it writes a {@code *}{@code /*} body of type object. In Podium such a body is always API.md's
     * {@code multipart/form-data} with a part {@code file}.
     */
    static void multipartUploads(OpenAPI document) {
        document.getComponents().addSchema(FILE_UPLOAD, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addRequired("file")
                .addProperty("file", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")
                        .description("The file: PDF, PPTX or ODP for slides, JPEG or PNG for a photo"))
                .addProperty("public", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .enumeration(List.of("true", "false"))
                        .description("Slides only: true makes them public once the talk has taken place")));
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
            if (body != null && body.getMediaTypes() != null && body.getMediaTypes().keySet().equals(Set.of("*/*"))) {
                body.removeMediaType("*/*");
                body.addMediaType("multipart/form-data", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + FILE_UPLOAD)));
                operation.getRequestBody().setRequired(true);
            }
        }));
    }

    /** {@code /api/conferences/{slug}/documents/jobs/{id}} gives {@code ConferencesDocumentsJobs}. */
    static String pathWords(String path) {
        StringBuilder words = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith("{") || segment.equals("api")) {
                continue;
            }
            for (String word : segment.split("[^A-Za-z0-9]+")) {
                words.append(capitalized(word));
            }
        }
        return words.toString();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private record Located(String path, PathItem.HttpMethod method, Operation operation) {
    }
}
