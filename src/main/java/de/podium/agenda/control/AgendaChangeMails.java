package de.podium.agenda.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;


import de.podium.platform.control.CalendarFile;
import de.podium.platform.control.Links;
import de.podium.agenda.entity.AgendaVersion;
import de.podium.agenda.entity.Talk;
import de.podium.event.entity.Conference;
import de.podium.mail.control.MailRequest;
import de.podium.mail.control.Outbox;
import de.podium.platform.control.Texts;
import de.podium.registration.control.RegistrationMails;
import de.podium.platform.control.LetterSalutation;
import de.podium.registration.entity.Registration;
import de.podium.agenda.entity.Speaker;

/**
 * When a new version moves or cancels talks, their speakers and the attendees who put them on their personal
 * agenda are told by mail; attendees get their updated personal calendar attached.
 */
@ApplicationScoped
public class AgendaChangeMails {

    static final String KIND = "agenda.changed";

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PersonalAgenda personalAgenda;

    @Inject
    Links links;

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Conference conference, JsonObject previous, JsonObject current, AgendaVersion version,
                         String freeText) {
        Set<Long> changed = changedTalks(previous, current);
        if (changed.isEmpty()) {
            return;
        }
        String agendaUrl = links.to("/conferences/" + conference.getSlug() + "/agenda");
        Set<String> told = new HashSet<>();
        for (Long talkId : changed) {
            Talk talk = em.find(Talk.class, talkId);
            if (talk == null) {
                continue;
            }
            for (Speaker speaker : talk.getSpeakers()) {
                if (speaker.getEmail() != null && told.add(speaker.getEmail().toLowerCase(Locale.ROOT))) {
                    Locale locale = languageOf(speaker);
                    outbox.queue(request(conference, speaker.getEmail(), speaker.fullName(), LetterSalutation.line(locale,
                            speaker.getSalutation(), speaker.getTitle(), speaker.getFirstName(), speaker.getLastName(),
                            speaker.getOffice()), locale, version,
                            AgendaPublishing.changelog(previous, current, freeText, locale), agendaUrl));
                }
            }
        }
        for (Registration attendee : personalAgenda.attendeesOf(conference, changed)) {
            if (told.add(attendee.getEmail().toLowerCase(Locale.ROOT))) {
                Locale locale = Texts.fromTag(attendee.getLocale());
                outbox.queue(request(conference, attendee.getEmail(), attendee.getName().full(),
                        RegistrationMails.salutationLine(attendee), locale, version,
                        AgendaPublishing.changelog(previous, current, freeText, locale), agendaUrl)
                        .attach("agenda.ics", CalendarFile.MIME_TYPE, personalAgenda.ics(attendee)));
            }
        }
    }

    /** A speaker reads mails in the language of their account (German until they chose otherwise). */
    private static Locale languageOf(Speaker speaker) {
        return speaker.getAccount() == null ? Texts.GERMAN : Texts.fromTag(speaker.getAccount().getLocale());
    }

    private static MailRequest request(Conference conference, String email, String name, String salutationLine,
                                       Locale locale,
                                       AgendaVersion version, String changelog, String agendaUrl) {
        return MailRequest.of(KIND, email, name, locale).conference(conference.getId())
                .with("name", name)
                .with("salutationLine", salutationLine)
                .with("version", Integer.toString(version.getVersion()))
                .with("changelog", changelog)
                .with("agendaUrl", agendaUrl);
    }

    /** Talks that moved (time or room) or disappeared since the previous version. */
    static Set<Long> changedTalks(JsonObject previous, JsonObject current) {
        if (previous == null) {
            return Set.of();
        }
        Map<Long, JsonObject> now = new HashMap<>();
        current.getJsonArray("talks").getValuesAs(JsonObject.class).forEach(t -> now.put(t.getJsonNumber("id").longValue(), t));
        Set<Long> changed = new HashSet<>();
        for (JsonObject before : previous.getJsonArray("talks").getValuesAs(JsonObject.class)) {
            long id = before.getJsonNumber("id").longValue();
            JsonObject after = now.get(id);
            if (after == null || !after.getString("start").equals(before.getString("start"))
                    || !after.getString("room").equals(before.getString("room"))
                    || PublishedTalk.isCancelled(after) != PublishedTalk.isCancelled(before)) {
                changed.add(id);
            }
        }
        return changed;
    }
}
