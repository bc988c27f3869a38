package de.podium.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.Talk;
import de.podium.agenda.entity.TalkKind;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.event.entity.PressRelease;
import de.podium.security.control.AccountService;
import de.podium.security.entity.Account;
import de.podium.security.entity.Role;
import de.podium.agenda.entity.Speaker;

/**
 * The model event of the seed press release: the Deutscher Landkreistag's conference on integrating
 * refugees in rural areas, Berlin, 16 December 2016. The press release gives the day, the speakers and
 * the study; the times of day, rooms and capacities are plausible demo values and flagged as such.
 */
@ApplicationScoped
public class DemoConference {

    public static final String SLUG = "dlt-integration-2016";
    public static final String DEFAULT_DEMO_PASSWORD = "podium-demo";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDateTime DAY = LocalDateTime.of(2016, 12, 16, 0, 0);

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    DemoDataLock lock;

    @Inject
    @ConfigProperty(name = "podium.demo.password", defaultValue = DEFAULT_DEMO_PASSWORD)
    String demoPassword;

    /** @return whether the demo was loaded (only into a database without conferences) */
    @Transactional
    public boolean loadIfEmpty() {
        lock.hold();
        if (em.createNamedQuery(Conference.COUNT, Long.class).getSingleResult() > 0) {
            return false;
        }
        boolean isDefault = DEFAULT_DEMO_PASSWORD.equals(demoPassword);
        accounts.create("admin@podium.example", "Podium Administration", demoPassword, isDefault, EnumSet.of(Role.ADMIN));
        Account organizer = accounts.create("organizer@podium.example", "Organisationsteam DLT", demoPassword, isDefault,
                EnumSet.of(Role.ORGANIZER));
        Account reuss = accounts.create("reuss@podium.example", "Stefan Reuß", demoPassword, isDefault,
                EnumSet.of(Role.SPEAKER));

        Conference conference = conference();
        conference.addOrganizer(organizer);
        em.persist(conference);
        DemoQuestions.add(em, conference);
        programme(conference, reuss);
        em.persist(pressRelease(conference));
        return true;
    }

    private static Conference conference() {
        Conference c = new Conference(SLUG, "Integration von Flüchtlingen im ländlichen Raum", BERLIN,
                DAY.withHour(10), DAY.withHour(16));
        c.setSubtitle("Konferenz des Deutschen Landkreistages");
        c.setDescription("Landräte, Landes- und Bundesminister, Integrationsbeauftragte und Verantwortliche von "
                + "Integrationsprojekten diskutieren die Integration von Flüchtlingen in Gesellschaft und Arbeitsmarkt. "
                + "Grundlage ist die DLT-Studie „Integration von Flüchtlingen in ländlichen Räumen – strategische "
                + "Leitlinien und Best Practices“ mit Praxiserfahrungen aus 18 Landkreisen.");
        c.setOrganizerName("Deutscher Landkreistag");
        c.setOrganizerEmail("organizer@podium.example");
        c.setVenue("Deutscher Landkreistag, Ulrich-von-Hassell-Haus, Lennéstraße 11");
        c.setAccentColour("#00553a");
        c.setCity("Berlin");
        c.setCapacity(250);
        c.markAsDemoData();
        category(c, "LANDRAT", "Landrat/Landrätin", "District chief", 120, true, false, "#1f4e79");
        category(c, "MINISTER_BUND", "Minister/in (Bund)", "Federal minister", 5, true, false, "#7b1f1f");
        category(c, "MINISTER_LAND", "Minister/in (Land)", "State minister", 20, true, false, "#8a3b00");
        category(c, "INTEGRATION_OFFICER", "Integrationsbeauftragte/r", "Integration officer", 60, false, false, "#2e6b30");
        category(c, "ADMINISTRATION", "Verwaltung", "Administration", 40, false, false, "#4b3b7a");
        category(c, "PRESS", "Presse", "Press", 15, false, true, "#5c4400");
        category(c, "GUEST", "Gast", "Guest", 20, false, false, "#3d4f5c");
        category(c, "SPEAKER", "Referent/in", "Speaker", 15, true, false, "#006064");
        // companions (issue #20): the minister's personal assistant comes with him, in a quota of their own
        category(c, "COMPANION", "Begleitung", "Companion", 20, false, false, "#4a4a4a");
        c.category("COMPANION").orElseThrow().setCompanion(true);
        c.addTrack("WOHNEN", "Wohnen").setNameEn("Housing");
        c.addTrack("SPRACHE", "Sprache").setNameEn("Language");
        c.addTrack("ARBEIT", "Arbeit und Ausbildung").setNameEn("Work and vocational training");
        c.addTrack("BILDUNG", "Schule und Bildung").setNameEn("School and education");
        c.addTrack("EHRENAMT", "Ehrenamt").setNameEn("Volunteering");
        c.addTrack("ZUSAMMENLEBEN", "Gesellschaftliches Zusammenleben").setNameEn("Living together");
        return c;
    }

    private static void category(Conference c, String code, String name, String nameEn, int capacity,
                                 boolean invitationOnly, boolean approvalRequired, String colour) {
        Category category = c.addCategory(code, name);
        category.setNameEn(nameEn);
        category.setCapacity(capacity);
        category.setInvitationOnly(invitationOnly);
        category.setApprovalRequired(approvalRequired);
        category.setColour(colour);
    }

    private void programme(Conference c, Account reussAccount) {
        Room plenary = persist(new Room(c, "Plenarsaal", 250, 0));
        Room forumA = persist(new Room(c, "Forum A", 60, 1));
        Room forumB = persist(new Room(c, "Forum B", 60, 2));
        Room forumC = persist(new Room(c, "Forum C", 60, 3));
        plenary.setEquipment("Beamer, Mikrofonanlage, Dolmetscherkabine");

        Speaker sager = speaker(c, null, "Reinhard", "Sager", "Präsident des Deutschen Landkreistages, Landrat des Kreises Ostholstein",
                "Deutscher Landkreistag");
        Speaker reuss = speaker(c, null, "Stefan", "Reuß", "Landrat des Werra-Meißner-Kreises", "Werra-Meißner-Kreis");
        reuss.linkAccount(reussAccount);
        reuss.setEmail("reuss@podium.example");
        Speaker viventure = speaker(c, null, "Projektteam", "Viventure", "Beratungsunternehmen der DLT-Studie", "Viventure");

        talk(c, "Eröffnung der Tagung", TalkKind.OPENING, 20, plenary, 10, 0, null, 250, sager,
                "DLT-Präsident Landrat Reinhard Sager eröffnet die Tagung: Die Landkreise können die herausfordernde "
                        + "Integration von Flüchtlingen in Gesellschaft und Arbeitsmarkt meistern.");
        talk(c, "Integration von Flüchtlingen in ländlichen Räumen – strategische Leitlinien und Best Practices",
                TalkKind.KEYNOTE, 40, plenary, 10, 20, null, 250, viventure,
                "Vorstellung der DLT-Studie: Praxiserfahrungen von 18 Landkreisen in den Handlungsfeldern Wohnen, "
                        + "Sprache, Arbeit und Ausbildung, Schule und Bildung, Ehrenamt sowie gesellschaftliches "
                        + "Zusammenleben, erarbeitet mit 150 Einzelinterviews.");
        talk(c, "Masterplan Integration des Werra-Meißner-Kreises", TalkKind.TALK, 30, plenary, 11, 0,
                "ZUSAMMENLEBEN", 250, reuss,
                "Landrat Stefan Reuß berichtet vom Weg zum Masterplan Integration: Spracherwerb, Schulbildung, "
                        + "Ausbildung und Arbeit, flankiert von gesellschaftlicher Integration mit Ehrenamt und Vereinen.");
        talk(c, "Mittagspause", TalkKind.BREAK, 60, plenary, 11, 30, null, null, null, null);
        talk(c, "Forum Wohnen", TalkKind.PANEL, 60, forumA, 12, 30, "WOHNEN", 50, null, null);
        talk(c, "Forum Sprache", TalkKind.PANEL, 60, forumB, 12, 30, "SPRACHE", 50, null, null);
        talk(c, "Forum Arbeit und Ausbildung", TalkKind.PANEL, 60, forumC, 12, 30, "ARBEIT", 50, null, null);
        talk(c, "Forum Schule und Bildung", TalkKind.PANEL, 60, forumA, 13, 45, "BILDUNG", 50, null, null);
        talk(c, "Forum Ehrenamt", TalkKind.PANEL, 60, forumB, 13, 45, "EHRENAMT", 50, null, null);
        talk(c, "Forum gesellschaftliches Zusammenleben", TalkKind.PANEL, 60, forumC, 13, 45, "ZUSAMMENLEBEN", 50, null, null);
        talk(c, "Zusammenfassung und Ausblick", TalkKind.TALK, 30, plenary, 15, 15, null, 250, sager, null);
    }

    private Speaker speaker(Conference c, String title, String first, String last, String office, String organisation) {
        Speaker speaker = new Speaker(c, title, first, last);
        speaker.setOffice(office);
        speaker.setOrganisation(organisation);
        speaker.setPublicProfile(true);
        em.persist(speaker);
        return speaker;
    }

    private void talk(Conference c, String title, TalkKind kind, int minutes, Room room, int hour, int minute,
                      String trackCode, Integer audience, Speaker speaker, String summary) {
        Talk talk = new Talk(c, title, kind, minutes);
        talk.setSummary(summary);
        talk.setExpectedAudience(audience);
        if (trackCode != null) {
            talk.setTrack(c.track(trackCode).orElseThrow());
        }
        if (speaker != null) {
            talk.addSpeaker(speaker);
        }
        talk.place(room, DAY.withHour(hour).withMinute(minute));
        em.persist(talk);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private static PressRelease pressRelease(Conference c) {
        List<String> lines = seedLines();
        String source = lines.get(lines.size() - 1).replaceFirst("^Quelle:\\s*", "");
        String body = String.join("\n", lines.subList(1, lines.size() - 1)).strip();
        PressRelease release = new PressRelease(c,
                "Landrat Stefan Reuß stellt Masterplan Integration auf DLT-Konferenz in Berlin vor", body, source);
        release.publish(LocalDateTime.of(2016, 12, 16, 12, 2).atZone(BERLIN).toInstant());
        return release;
    }

    private static List<String> seedLines() {
        try (InputStream in = DemoConference.class.getResourceAsStream("/demo/pressemeldung-2016-12-16.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
