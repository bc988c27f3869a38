package de.podium.speaker.control;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;


import de.podium.platform.control.Links;
import de.podium.agenda.entity.Talk;
import de.podium.agenda.entity.TalkKind;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.mail.control.MailRequest;
import de.podium.mail.control.Outbox;
import de.podium.platform.control.Texts;
import de.podium.platform.control.LetterSalutation;
import de.podium.speaker.entity.Slide;
import de.podium.agenda.entity.Speaker;
import de.podium.speaker.entity.TalkAnswer;

/** The organizers' view of a conference's slides: every talk with its versions, and reminders to those lacking. */
@ApplicationScoped
public class SlideDashboard {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    SlideDeadlines deadlines;

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    /**
     * A talk that has speakers, with its versions (newest first) and each speaker's answer to the request to give it;
     * breaks have no slides to ask for.
     */
    public record TalkSlides(Talk talk, List<Slide> versions, Map<Long, TalkAnswer.Answer> answers) {
        public boolean isLacking() {
            return versions.isEmpty();
        }

        /** ACCEPTED, DECLINED or OPEN (not answered yet), the suffix of the bundle key that names it. */
        public String answerOf(Speaker speaker) {
            TalkAnswer.Answer given = answers.get(speaker.getId());
            return given == null ? "OPEN" : given.name();
        }
    }

    /** Every talk a speaker can be invited to, also those without one yet (a new conference has none). */
    public List<Talk> invitable(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        return em.createNamedQuery(Talk.OF_CONFERENCE, Talk.class).setParameter("conference", conference)
                .getResultList().stream().filter(t -> t.getKind() != TalkKind.BREAK && !t.isCancelled()).toList();
    }

    public List<TalkSlides> talks(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        Map<Long, List<Slide>> byTalk = new LinkedHashMap<>();
        Map<Long, Map<Long, TalkAnswer.Answer>> answers = answers(conference);
        em.createNamedQuery(Slide.OF_CONFERENCE, Slide.class).setParameter("conference", conference).getResultList()
                .forEach(s -> byTalk.computeIfAbsent(s.getTalk().getId(), id -> new ArrayList<>()).add(s));
        return em.createNamedQuery(Talk.OF_CONFERENCE, Talk.class).setParameter("conference", conference)
                .getResultList().stream()
                .filter(t -> t.getKind() != TalkKind.BREAK && !t.getSpeakers().isEmpty())
                .map(t -> new TalkSlides(t, byTalk.getOrDefault(t.getId(), List.of()),
                        answers.getOrDefault(t.getId(), Map.of())))
                .toList();
    }

    /** Talk id → speaker id → the speaker's answer, for the talks of a conference. */
    private Map<Long, Map<Long, TalkAnswer.Answer>> answers(Conference conference) {
        Map<Long, Map<Long, TalkAnswer.Answer>> answers = new HashMap<>();
        em.createNamedQuery(TalkAnswer.OF_CONFERENCE, TalkAnswer.class).setParameter("conference", conference)
                .getResultList().stream().filter(a -> a.getAnswer() != null)
                .forEach(a -> answers.computeIfAbsent(a.getTalkId(), id -> new HashMap<>()).put(a.getSpeakerId(), a.getAnswer()));
        return answers;
    }

    /** One mail per speaker (with an address) of every talk still without slides. @return mails queued */
    @Transactional
    public int remindLacking(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        Optional<LocalDateTime> deadline = deadlines.of(conference).map(d -> d.atZone(conference.zone()).toLocalDateTime());
        Set<String> sent = new HashSet<>();
        int queued = 0;
        for (TalkSlides lacking : talks(slug).stream().filter(TalkSlides::isLacking).toList()) {
            for (Speaker speaker : lacking.talk().getSpeakers()) {
                String address = addressOf(speaker);
                if (address == null || !sent.add(address + "#" + lacking.talk().getId())) {
                    continue;
                }
                Locale language = Texts.fromTag(speaker.getAccount() == null ? "de" : speaker.getAccount().getLocale());
                outbox.queue(MailRequest.of("speaker.slidesReminder", address, speaker.fullName(), language)
                        .conference(conference.getId())
                        .with("name", speaker.fullName())
                        .with("firstName", speaker.getFirstName())
                        .with("lastName", speaker.getLastName())
                .with("salutationLine", LetterSalutation.line(language, speaker.getSalutation(), speaker.getTitle(),
                        speaker.getFirstName(), speaker.getLastName(), speaker.getOffice()))
                        .with("conference", conference.getTitle())
                        .with("talk", lacking.talk().getTitle())
                        .with("deadline", deadline.map(d -> Texts.pattern(language, "format.dateTime").format(d)).orElse("–"))
                        .with("link", links.to("/speaker/conferences/" + conference.getSlug() + "/slides?talk="
                                + lacking.talk().getId())));
                queued++;
            }
        }
        return queued;
    }

    /** The speaker's own address, else that of the account they sign in with. */
    private static String addressOf(Speaker speaker) {
        if (speaker.getEmail() != null) {
            return speaker.getEmail();
        }
        return speaker.getAccount() == null ? null : speaker.getAccount().getEmail();
    }
}
