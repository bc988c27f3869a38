package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * The document at /openapi is what a client generator gets: valid OpenAPI 3 (checked by swagger-parser), unique
 * operationIds, plain path templates, a 2xx and API.md's error codes per operation, HTTP Basic declared, the public
 * address as server; and real answers of the running app match the schemas it declares for them.
 */
class OpenApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OPENAPI_TOP_LEVEL = Set.of("openapi", "info", "servers", "paths", "components",
            "security", "tags", "externalDocs");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    static PodiumServer podium;
    static String documentText;
    static JsonNode document;

    @BeforeAll
    static void fetchDocument() throws Exception {
        podium = PodiumServer.get();
        Answer answer = podium.get("/openapi").header("Accept", "application/json").send();
        assertEquals(200, answer.status(), answer::toString);
        documentText = answer.body();
        document = JSON.readTree(documentText);
        // kept for a look after the run (e.g. by a client generator)
        java.nio.file.Files.writeString(java.nio.file.Path.of(PodiumServer.prop("podium.it.log", "target/podium-it.log"))
                .resolveSibling("openapi.json"), documentText);
    }

    @Test
    void theDocumentIsValidOpenApi3WithoutPayaraExtras() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(documentText, null, options);
        assertNotNull(parsed.getOpenAPI(), () -> "not parsed: " + parsed.getMessages());
        assertEquals(List.of(), parsed.getMessages(), "validation messages");
        assertTrue(document.path("openapi").asText().startsWith("3."), document.path("openapi").asText());

        Set<String> unexpected = new TreeSet<>();
        document.fieldNames().forEachRemaining(key -> {
            if (!OPENAPI_TOP_LEVEL.contains(key) && !key.startsWith("x-")) {
                unexpected.add(key);
            }
        });
        assertEquals(Set.of(), unexpected, "top-level keys the OpenAPI schema does not allow");

        Answer yaml = podium.get("/openapi").send();
        assertEquals(200, yaml.status());
        assertFalse(yaml.body().contains("\nendpoints:"), "the YAML form has no endpoints key either");
        SwaggerParseResult parsedYaml = new OpenAPIV3Parser().readContents(yaml.body(), null, options);
        assertEquals(List.of(), parsedYaml.getMessages(), "validation messages of the YAML form");
    }

    @Test
    void theOpenApiDocumentIsTheOnlyDescriptionOfTheApi() {
        // Jersey would describe every resource method in its own WADL format, the OpenAPI filters' rules aside
        Answer wadl = podium.get("/api/application.wadl").send();
        assertEquals(404, wadl.status(), wadl::toString);
        assertTrue(wadl.header("Content-Type").startsWith("application/json"), wadl::toString);
    }

    @Test
    void operationIdsAreUniqueAndPathTemplatesPlain() {
        Map<String, List<String>> byId = new HashMap<>();
        operations().forEach(o -> byId.computeIfAbsent(o.node().path("operationId").asText(""), id -> new ArrayList<>())
                .add(o.method() + " " + o.path()));
        assertFalse(byId.containsKey(""), () -> "operations without operationId: " + byId.get(""));
        Map<String, List<String>> duplicates = new HashMap<>();
        byId.forEach((id, where) -> {
            if (where.size() > 1) {
                duplicates.put(id, where);
            }
        });
        assertEquals(Map.of(), duplicates, "operationIds used more than once");

        List<String> regexTemplates = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.matches(".*\\{[^}]*[:\\s][^}]*}.*")) {
                regexTemplates.add(path);
            }
        });
        assertEquals(List.of(), regexTemplates, "path templates with JAX-RS regexes");
        assertTrue(document.path("paths").has("/api/conferences/{slug}/registrations/{id}/approve"),
                "the approve path is there with a plain {id}");
    }

    @Test
    void everyOperationHasASuccessAndTheErrorsOfApiMd() {
        List<String> withoutSuccess = new ArrayList<>();
        List<String> withDefault = new ArrayList<>();
        for (Located o : operations()) {
            JsonNode responses = o.node().path("responses");
            List<String> codes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(codes::add);
            if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
                withoutSuccess.add(o.method() + " " + o.path());
            }
            if (codes.contains("default")) {
                withDefault.add(o.method() + " " + o.path());
            }
        }
        assertEquals(List.of(), withoutSuccess, "operations without a 2xx response");
        assertEquals(List.of(), withDefault, "operations that only say 'default'");

        assertResponses("createConference", "201", "401", "403", "409", "422");
        assertResponses("getConference", "200", "404");
        assertResponses("createRegistration", "201", "403", "404", "409", "422");
        assertResponses("confirmRegistration", "200", "422");
        assertResponses("checkIn", "200", "401", "403", "404", "409");
        assertResponses("createInvitation", "201", "401", "403", "422");
        assertResponses("createRoom", "201", "422");
        assertResponses("createTalk", "201", "422");
        assertResponses("placeTalk", "200", "404", "422");
        assertResponses("publishAgenda", "201", "409");
        assertResponses("startAutoSchedule", "202");
        assertResponses("getPublishedAgenda", "200", "304", "404");
        assertResponses("uploadSlides", "201", "409", "413", "415");
        assertResponses("getCertificate", "200", "409");

        JsonNode conflict = operation("createRegistration").path("responses").path("409");
        assertEquals("#/components/schemas/Error",
                conflict.path("content").path("application/json").path("schema").path("$ref").asText(),
                "errors carry the JSON error body: " + conflict);
    }

    @Test
    void httpBasicIsDeclaredAndRequiredWhereOrganizersAct() {
        JsonNode basic = document.path("components").path("securitySchemes").path("basicAuth");
        assertEquals("http", basic.path("type").asText(), basic::toString);
        assertEquals("basic", basic.path("scheme").asText(), basic::toString);
        assertTrue(requiresBasic(operation("createConference")), "creating a conference needs a sign-in");
        assertTrue(requiresBasic(operation("listRegistrations")), "the registration list needs a sign-in");
        assertTrue(requiresBasic(operation("getBadges")), "badges need a sign-in");
        assertFalse(requiresBasic(operation("getConference")), "the conference is public");
        assertFalse(requiresBasic(operation("createRegistration")), "registering is public");
    }

    @Test
    void theServerIsThePublicAddressAndOperationsAreTaggedByFeature() {
        JsonNode servers = document.path("servers");
        assertEquals(1, servers.size(), servers::toString);
        assertEquals(podium.baseUrl(), servers.get(0).path("url").asText(), "servers[0] is podium.base-url");

        Set<String> tags = new HashSet<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertEquals(Set.of("event", "registration", "agenda", "speaker", "documents", "mail", "security"), tags);
        List<String> untagged = new ArrayList<>();
        for (Located o : operations()) {
            JsonNode operationTags = o.node().path("tags");
            if (operationTags.size() != 1 || !tags.contains(operationTags.get(0).asText())) {
                untagged.add(o.method() + " " + o.path() + " " + operationTags);
            }
        }
        assertEquals(List.of(), untagged, "operations without exactly one feature tag");
        assertEquals("agenda", operation("getPublishedAgenda").path("tags").get(0).asText());
    }

    @Test
    void uploadsAreMultipartWithAFilePart() {
        for (String operationId : List.of("uploadSlides", "uploadOwnSpeakerPhoto")) {
            JsonNode content = operation(operationId).path("requestBody").path("content");
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            assertEquals(List.of("multipart/form-data"), types, operationId);
            JsonNode file = resolve(content.path("multipart/form-data").path("schema")).path("properties").path("file");
            assertEquals("binary", file.path("format").asText(), () -> operationId + ": " + file);
        }
    }

    @Test
    void timestampsAreStringsWithDateTimeFormat() {
        JsonNode startsAt = resolve(resolve(responseSchema("getConference", "200")).path("properties").path("startsAt"));
        assertEquals("string", startsAt.path("type").asText(), startsAt::toString);
        assertEquals("date-time", startsAt.path("format").asText(), startsAt::toString);
    }

    @Test
    void realAnswersMatchTheirDeclaredSchemas() throws Exception {
        Answer conference = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG).send();
        assertEquals(200, conference.status(), conference::toString);
        assertMatches("getConference", "200", conference);

        Answer agenda = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send();
        assertEquals(200, agenda.status(), agenda::toString);
        assertMatches("getPublishedAgenda", "200", agenda);

        Answer registered = RegistrationFixtures.register(PodiumServer.DEMO_SLUG,
                RegistrationFixtures.person("GUEST", RegistrationFixtures.email()));
        assertEquals(201, registered.status(), registered::toString);
        assertMatches("createRegistration", "201", registered);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static void assertResponses(String operationId, String... codes) {
        JsonNode responses = operation(operationId).path("responses");
        for (String code : codes) {
            assertTrue(responses.has(code), () -> operationId + " documents " + code + ": " + responses);
            assertFalse(responses.path(code).path("description").asText().isBlank(), operationId + " " + code);
        }
    }

    private static boolean requiresBasic(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.has("basicAuth")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Validates the body against the schema the document declares for the answer, strictly: the components'
     * objects allow no properties beyond those they document, and OpenAPI 3.0's nullable is honoured.
     */
    private static void assertMatches(String operationId, String code, Answer answer) throws Exception {
        ObjectNode schema = responseSchema(operationId, code).deepCopy();
        ObjectNode components = JSON.createObjectNode();
        ObjectNode schemas = document.path("components").path("schemas").deepCopy();
        schemas.forEach(OpenApiIT::closeObjects);
        components.set("schemas", schemas);
        schema.set("components", components);
        closeObjects(schema);
        Schema validator = SchemaRegistry.withDialect(Dialects.getOpenApi30()).getSchema(schema);
        List<Error> errors = validator.validate(JSON.readTree(answer.body()));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(),
                operationId + " " + code + " answered " + answer.body());
    }

    private static void closeObjects(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.path("properties").forEach(OpenApiIT::closeObjects);
            closeObjects(object.get("items"));
        }
    }

    private static JsonNode responseSchema(String operationId, String code) {
        JsonNode schema = operation(operationId).path("responses").path(code).path("content")
                .path("application/json").path("schema");
        assertFalse(schema.isMissingNode(), () -> operationId + " " + code + " declares no JSON schema");
        return schema;
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema
                : document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static JsonNode operation(String operationId) {
        return operations().stream().filter(o -> operationId.equals(o.node().path("operationId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no operation " + operationId)).node();
    }

    private static List<Located> operations() {
        List<Located> found = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            if (path.getValue().has(method)) {
                found.add(new Located(path.getKey(), method.toUpperCase(), path.getValue().get(method)));
            }
        }));
        return found;
    }

    private record Located(String path, String method, JsonNode node) {
    }
}
