package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The path rules of the OpenAPI document that need no running app (OpenApiIT checks the served document). */
class ApiOperationsTest {

    @Test
    void jaxRsRegexTemplatesBecomePlainOpenApiTemplates() {
        assertEquals("/api/conferences/{slug}/registrations/{id}/approve",
                ApiOperations.plainTemplate("/api/conferences/{slug}/registrations/{id: [0-9]+}/approve"));
        assertEquals("/api/conferences/{slug}/documents/jobs/{id}/file",
                ApiOperations.plainTemplate("/api/conferences/{slug}/documents/jobs/{id:[0-9]+}/file"));
        assertEquals("/api/conferences/{slug}", ApiOperations.plainTemplate("/api/conferences/{slug}"));
    }

    @Test
    void clashingOperationIdsAreQualifiedWithTheLiteralWordsOfTheirPath() {
        assertEquals("ConferencesOutbox", ApiOperations.pathWords("/api/conferences/{slug}/outbox"));
        assertEquals("ConferencesDocumentsJobs", ApiOperations.pathWords("/api/conferences/{slug}/documents/jobs/{id}"));
        assertEquals("ConferencesPublishedAgendaIcs",
                ApiOperations.pathWords("/api/conferences/{slug}/published/agenda.ics"));
    }
}
