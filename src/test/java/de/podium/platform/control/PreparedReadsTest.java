package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import de.podium.platform.control.PreparedReads.Kind;

class PreparedReadsTest {

    private final PreparedReads reads = new PreparedReads();
    private final AtomicInteger prepared = new AtomicInteger();

    private PreparedRead prepare(String text) {
        prepared.incrementAndGet();
        return PreparedRead.of(text.getBytes(StandardCharsets.UTF_8), "text/plain", Instant.parse("2026-12-04T10:15:30.250Z"));
    }

    @Test
    void aReadIsPreparedOnceThenServedFromMemory() {
        PreparedRead first = reads.get("a", Kind.AGENDA_JSON, "", () -> prepare("v1"));
        PreparedRead second = reads.get("a", Kind.AGENDA_JSON, "", () -> prepare("v2"));
        assertEquals(1, prepared.get());
        assertEquals("v1", new String(second.body(), StandardCharsets.UTF_8));
        assertEquals(first.etag(), second.etag());
        assertEquals(Instant.parse("2026-12-04T10:15:30Z"), first.lastModified(), "HTTP dates have seconds");
    }

    @Test
    void aContentChangeDropsEverythingOfThatConferenceOnly() {
        for (Kind kind : Kind.values()) {
            reads.get("a", kind, "de", () -> prepare(kind.name()));
        }
        reads.get("b", Kind.AGENDA_JSON, "", () -> prepare("b"));
        reads.drop(PublicContentChanged.content("a"));
        for (Kind kind : Kind.values()) {
            assertNull(reads.kept("a", kind, "de"), kind.name());
        }
        assertNotNull(reads.kept("b", Kind.AGENDA_JSON, ""));
    }

    @Test
    void aPlaceTakenDropsOnlyWhatShowsThePlacesLeft() {
        reads.get("a", Kind.CONFERENCE_JSON, "de", () -> prepare("conference"));
        reads.get("a", Kind.AGENDA_PAGE, "de?", () -> prepare("page"));
        reads.drop(PublicContentChanged.places("a"));
        assertNull(reads.kept("a", Kind.CONFERENCE_JSON, "de"));
        assertNotNull(reads.kept("a", Kind.AGENDA_PAGE, "de?"));
    }

    @Test
    void aPreparationOvertakenByAChangeIsServedOnceButNotKept() {
        PreparedRead stale = reads.get("a", Kind.AGENDA_JSON, "", () -> {
            PreparedRead before = prepare("before the publish");
            reads.drop(PublicContentChanged.content("a")); // committed on another node while this one was reading
            return before;
        });
        assertEquals("before the publish", new String(stale.body(), StandardCharsets.UTF_8));
        assertNull(reads.kept("a", Kind.AGENDA_JSON, ""), "the next read prepares the new state");
    }

    @Test
    void aPlacesChangeOvertakesAConferencePreparationButNotAnAgendaOne() {
        long conference = reads.generation("a", Kind.CONFERENCE_JSON);
        long agenda = reads.generation("a", Kind.AGENDA_JSON);
        reads.drop(PublicContentChanged.places("a"));
        reads.keep("a", Kind.CONFERENCE_JSON, "de", prepare("conference"), conference);
        reads.keep("a", Kind.AGENDA_JSON, "", prepare("agenda"), agenda);
        assertNull(reads.kept("a", Kind.CONFERENCE_JSON, "de"));
        assertNotNull(reads.kept("a", Kind.AGENDA_JSON, ""));
    }

    @Test
    void aChangeTravelsToTheOtherNodesAsText() {
        PublicContentChanged change = PublicContentChanged.places("dlt-integration-2016");
        assertEquals(change, PublicContentChanged.decode(change.encoded()));
        assertEquals(PublicContentChanged.content("x"), PublicContentChanged.decode(PublicContentChanged.content("x").encoded()));
    }

    @Test
    void aNodeJoiningMakesEveryNodeForgetEverything() {
        reads.get("a", Kind.PRESS_ATOM, "", () -> prepare("feed"));
        long before = reads.generation("b", Kind.AGENDA_JSON);
        reads.dropAll();
        assertEquals(0, reads.size());
        reads.keep("b", Kind.AGENDA_JSON, "", prepare("b"), before);
        assertNull(reads.kept("b", Kind.AGENDA_JSON, ""), "a preparation that overlapped it is not kept");
    }
}
