package de.podium.speaker.control;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.agenda.control.AgendaPublishing;
import de.podium.agenda.control.PublishedTalk;
import de.podium.agenda.entity.Speaker;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.LimitedHtml;

/**
 * The public speaker pages: who is shown, with which published talks. Name, office and talks are part of the
 * published programme; bio and photo appear only when the speaker agreed to a public profile. The rule the
 * proceedings already use decides who is shown: a speaker is shown when a talk of the published
 * programme (not cancelled) names them and they have not declined it, nor left its invitation unanswered. Speakers the
 * organizer placed directly have no answer and count, as they already stand on the published agenda.
 */
@ApplicationScoped
public class PublicSpeakers {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    UnconfirmedSpeakers unconfirmed;

    @Inject
    ConferenceService conferences;

    @Inject
    AgendaPublishing publishing;

    /** A shown speaker and the published talks they give, in programme order. */
    public record Shown(Conference conference, Speaker speaker, List<PublishedTalk> talks) {

        /**
         * The bio in the page's language (German when there is no English one), sanitised again when shown; none
         * unless the speaker agreed to a public profile.
         */
        public String bioHtml(Locale locale) {
            if (!speaker.isPublicProfile()) {
                return null;
            }
            return LimitedHtml.sanitise("en".equals(bioLanguage(locale)) ? speaker.getBioEn() : speaker.getBioDe());
        }

        /** The language the bio shown is written in, for its {@code lang} attribute. */
        public String bioLanguage(Locale locale) {
            boolean english = "en".equals(locale.getLanguage()) ? speaker.getBioEn() != null : speaker.getBioDe() == null;
            return english ? "en" : "de";
        }

        public boolean hasPhoto() {
            return speaker.isPublicProfile() && speaker.getPhotoPath() != null;
        }
    }

    /** Shown speakers sorted by last name, then first name, as a German reader sorts them. */
    public List<Shown> of(String slug) {
        Optional<Conference> conference = slug == null ? Optional.empty() : conferences.findBySlug(slug);
        if (conference.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PublishedTalk>> talks = shownTalks(conference.get());
        if (talks.isEmpty()) {
            return List.of();
        }
        Collator collator = Collator.getInstance(Locale.GERMAN);
        return em.createQuery("SELECT s FROM Speaker s WHERE s.id IN :ids", Speaker.class)
                .setParameter("ids", talks.keySet()).getResultList().stream()
                .filter(s -> s.getConference().getId().equals(conference.get().getId()))
                .sorted(Comparator.comparing((Speaker s) -> s.getLastName(), collator)
                        .thenComparing(Speaker::getFirstName, collator))
                .map(s -> new Shown(conference.get(), s, talks.get(s.getId())))
                .toList();
    }

    /** One shown speaker; empty for an unknown speaker or one who is not shown. */
    public Optional<Shown> one(String slug, Long speakerId) {
        Optional<Conference> conference = slug == null || speakerId == null ? Optional.empty()
                : conferences.findBySlug(slug);
        if (conference.isEmpty()) {
            return Optional.empty();
        }
        List<PublishedTalk> talks = shownTalks(conference.get()).get(speakerId);
        Speaker speaker = talks == null ? null : em.find(Speaker.class, speakerId);
        if (speaker == null || !speaker.getConference().getId().equals(conference.get().getId())) {
            return Optional.empty();
        }
        return Optional.of(new Shown(conference.get(), speaker, talks));
    }

    /** Ids of the shown speakers, for linking names on the agenda and talk pages. */
    public Set<Long> shownIds(String slug) {
        Optional<Conference> conference = slug == null ? Optional.empty() : conferences.findBySlug(slug);
        return conference.map(c -> shownTalks(c).keySet()).orElse(Set.of());
    }

    /** The photo of a shown speaker only; speakers not (or no longer) shown keep theirs private. */
    public Optional<Path> photoOf(String slug, long speakerId) {
        return one(slug, speakerId).filter(Shown::hasPhoto).map(Shown::speaker).map(Speaker::getPhotoPath).map(Path::of);
    }

    private Map<Long, List<PublishedTalk>> shownTalks(Conference conference) {
        Map<Long, List<PublishedTalk>> bySpeaker = new LinkedHashMap<>();
        publishing.latest(conference).ifPresent(version -> {
            Set<List<Long>> notConfirmed = unconfirmed.of(conference);
            for (PublishedTalk talk : publishing.talks(conference, version)) {
                if (talk.cancelled()) {
                    continue;
                }
                for (PublishedTalk.PublishedSpeaker speaker : talk.speakers()) {
                    if (speaker.id() > 0 && !notConfirmed.contains(List.of(talk.id(), speaker.id()))) {
                        bySpeaker.computeIfAbsent(speaker.id(), id -> new ArrayList<>()).add(talk);
                    }
                }
            }
        });
        bySpeaker.values().forEach(list -> list.sort(Comparator.comparing(PublishedTalk::start)));
        return bySpeaker;
    }
}
