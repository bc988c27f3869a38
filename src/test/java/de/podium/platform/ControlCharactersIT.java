package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.PodiumServer.Call;

/**
 * Issue #16, item 2: U+0000 in a confirm token, an e-mail, a talk title … gave 500 with a stack trace, because
 * PostgreSQL refuses it. Generated over all write endpoints (found by reflection, see {@link WriteEndpoints}): every
 * string field of every JSON body (at any depth), every text body and every string path and query parameter gets a
 * control character (U+0000; U+0001 in paths, where the HTTP server refuses an encoded NUL itself), and the answer
 * must be 422 naming the field (400 for a token), never 500, with nothing logged.
 */
class ControlCharactersIT {

    /** Uploads whose text parts are not checked at the boundary (their file names are reduced by the feature). */
    private static final Set<String> MULTIPART_UPLOADS = Set.of(
            "PUT /api/conferences/{slug}/talks/{id}/slides",
            "PUT /api/conferences/{slug}/speakers/me/photo");

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void everyWriteEndpointRefusesControlCharactersInEveryStringFieldAndParameter() throws Exception {
        List<WriteEndpoints> endpoints = WriteEndpoints.all();
        assertTrue(endpoints.size() >= 40, "write endpoints found: " + endpoints);
        int logBefore = podium.log().length();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (WriteEndpoints endpoint : endpoints) {
            for (String parameter : endpoint.stringPathParameters()) {
                // the HTTP server itself refuses an encoded NUL in a path (400 without a body) before Podium sees it
                Answer nul = send(endpoint, podium.call(endpoint.method(), endpoint.url(parameter, "%00")));
                if (nul.status() < 400 || nul.status() >= 500) {
                    failures.add(endpoint + " with NUL in the path parameter " + parameter + ": got " + nul);
                }
                Answer answer = send(endpoint, podium.call(endpoint.method(), endpoint.url(parameter, "%01")));
                expect(endpoint, "path parameter " + parameter, answer, List.of(parameter), failures);
                requests += 2;
            }
            for (String parameter : endpoint.stringQueryParameters()) {
                Answer answer = send(endpoint, podium.call(endpoint.method(),
                        endpoint.url(null, "") + "?" + parameter + "=x%00y"));
                expect(endpoint, "query parameter " + parameter, answer, List.of(parameter), failures);
                requests++;
            }
            if (endpoint.isMultipart()) {
                if (!MULTIPART_UPLOADS.contains(endpoint.toString())) {
                    failures.add(endpoint + ": a multipart endpoint nobody checked for control characters");
                }
            } else if (endpoint.entity() != null && !endpoint.isPicture()) {
                // (a logo's bytes are no text: they are decoded as a picture and written anew, or refused with 415)
                expectBodyRefused(endpoint, failures);
                requests++;
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests not refused as they should:\n"
                + String.join("\n", failures));
        String log = podium.log().substring(logBefore);
        assertFalse(log.contains("SEVERE") || log.contains("\tat ") || log.contains("PSQLException"),
                "the server logged a failure for a client's mistake:\n" + log);
    }

    private static void expectBodyRefused(WriteEndpoints endpoint, List<String> failures) {
        String json = endpoint.consumes().isEmpty() ? "application/json" : endpoint.consumes().stream()
                .filter(c -> c.contains("json")).findFirst().orElse(null);
        Call call = podium.call(endpoint.method(), endpoint.url(null, ""));
        if (json != null) {
            StringBuilder body = new StringBuilder();
            PoisonedJson poisoned = PoisonedJson.of(endpoint.entity().getParameterizedType(), "\u0000", body);
            if (poisoned.poisonedFields.isEmpty()) {
                return;
            }
            expect(endpoint, "JSON body", send(endpoint, call.body(json, body.toString())), poisoned.poisonedFields,
                    failures);
        } else {
            String text = "email,category\r\nx\u0000y@example.org,GUEST\r\n";
            expect(endpoint, "text body", send(endpoint, call.body(endpoint.consumes().get(0), text)), List.of("body"),
                    failures);
        }
    }

    private static Answer send(WriteEndpoints endpoint, Call call) {
        return call.asOrganizer().language("en").send();
    }

    /** 422 naming every field, or 400 naming the token when one of them is a token. */
    private static void expect(WriteEndpoints endpoint, String what, Answer answer, List<String> fields,
                               List<String> failures) {
        List<String> tokens = fields.stream().filter(f -> f.equals("token") || f.endsWith(".token")).toList();
        int status = tokens.isEmpty() ? 422 : 400;
        List<String> named = tokens.isEmpty() ? fields : tokens;
        Set<String> reported = new TreeSet<>();
        try {
            JsonObject body = answer.json();
            body.getJsonArray("errors").getValuesAs(JsonValue::asJsonObject)
                    .forEach(e -> reported.add(e.getString("field")));
        } catch (RuntimeException | AssertionError e) {
            // reported stays empty: the failure below shows the answer
        }
        if (answer.status() != status || !reported.containsAll(named)) {
            failures.add(endpoint + " with a control character in the " + what + ": expected " + status + " naming "
                    + named + ", got " + answer);
        }
    }
}
