package de.podium.mail.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.platform.control.Links;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.mail.control.RecipientSegments.Recipient;
import de.podium.mail.control.RecipientSegments.Segment;
import de.podium.mail.entity.Mailing;
import de.podium.mail.entity.OutboxMessage;
import de.podium.mail.entity.OutboxStatus;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.event.control.ConferenceAccess;
import de.podium.security.entity.Account;

/**
 * Organizer bulk mail: every recipient of a segment gets a mail of their own, in their language, with a
 * personal unsubscribe link (List-Unsubscribe); addresses that opted out of this conference's bulk mail are skipped.
 */
@ApplicationScoped
public class BulkMail {

    static final String KIND = "bulk";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Instance<RecipientSegments> contributors;

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Links links;

    @Inject
    OptOuts optOuts;

    public record SegmentSize(Segment segment, int recipients) {
    }

    public record Preview(String subject, String text, String html, int recipients, String sampleRecipient,
                          String confirmation) implements java.io.Serializable {
    }

    public record Sent(Mailing mailing, java.time.ZonedDateTime sentAt, long delivered, long failed, long pending) {
    }

    public record Progress(Mailing mailing, Map<OutboxStatus, Long> counts, List<OutboxMessage> messages) {
    
        public long delivered() {
            return counts.getOrDefault(OutboxStatus.SENT, 0L);
        }

        public long failed() {
            return counts.getOrDefault(OutboxStatus.FAILED, 0L);
        }
    }

    public List<SegmentSize> segments(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        List<SegmentSize> sizes = new ArrayList<>();
        for (RecipientSegments contributor : contributors) {
            for (Segment segment : contributor.segments(conference)) {
                sizes.add(new SegmentSize(segment, segment.recipients().get().size()));
            }
        }
        return sizes;
    }

    /** The mail as a real recipient of the segment gets it, with how many get it and the confirmation to send it. */
    public Preview preview(String slug, MailingData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        List<Recipient> recipients = deliverable(conference, data.segment);
        if (recipients.isEmpty()) {
            throw new PodiumException.Invalid("segment", "error.mailing.emptySegment");
        }
        Recipient first = recipients.get(0);
        Mailing draft = new Mailing(conference.getId(), data.segment, "preview");
        draft.write(data.subjectDe, data.bodyDe, Texts.blankToNull(data.subjectEn), Texts.blankToNull(data.bodyEn));
        Map<String, String> model = model(draft, first, conference, "preview");
        model.put("conferenceTitle", conference.getTitle());
        model.put("organizerName", conference.getOrganizerName());
        model.put("baseUrl", links.base());
        MailTemplates.Rendered rendered = MailTemplates.render(KIND, first.locale(), model);
        return new Preview(rendered.subject(), rendered.text(), rendered.html(), recipients.size(),
                first.name() == null ? first.email() : first.name() + " <" + first.email() + ">",
                CircularConfirmation.issue(conference.getId(), data, recipients.size()));
    }

    /**
     * Queues one mail per recipient, but only with the confirmation of a preview of exactly these texts for exactly
     * as many recipients, and only once per preview: a second click, or texts changed after the preview, send nothing.
     */
    @Transactional
    public Mailing send(String slug, MailingData data) {
        Conference conference = conferences.forOrganizer(slug);
        Account author = access.requireSignedIn();
        validator.check(data);
        List<Recipient> recipients = deliverable(conference, data.segment);
        if (Texts.blankToNull(data.confirmation) == null) {
            throw new PodiumException.Invalid("confirmation", "error.mailing.previewFirst");
        }
        if (!CircularConfirmation.matches(data.confirmation, conference.getId(), data, recipients.size())) {
            throw new PodiumException.Conflict("preview_outdated", "error.mailing.previewOutdated");
        }
        // the conference row serialises two sends of one preview (a double click on two nodes)
        em.find(Conference.class, conference.getId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!em.createQuery("SELECT m.id FROM Mailing m WHERE m.conferenceId = :conference AND m.confirmation = :confirmation",
                Long.class).setParameter("conference", conference.getId()).setParameter("confirmation", data.confirmation)
                .getResultList().isEmpty()) {
            throw new PodiumException.Conflict("already_sent", "error.mailing.alreadySent");
        }
        Mailing mailing = new Mailing(conference.getId(), data.segment, author.getEmail());
        mailing.write(data.subjectDe.strip(), data.bodyDe.strip(), Texts.blankToNull(data.subjectEn), Texts.blankToNull(data.bodyEn));
        mailing.confirmedWith(data.confirmation);
        em.persist(mailing);
        em.flush();
        for (Recipient recipient : recipients) {
            String token = token();
            MailRequest request = MailRequest.of(KIND, recipient.email(), recipient.name(), recipient.locale())
                    .conference(conference.getId());
            model(mailing, recipient, conference, token).forEach(request::with);
            OutboxMessage message = outbox.queue(request);
            message.belongTo(mailing.getId(), token);
        }
        mailing.countRecipients(recipients.size());
        return mailing;
    }

    /** Sent circulars, newest first, with how their mails fared. */
    public List<Sent> sent(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        List<Mailing> mailings = em.createQuery("SELECT m FROM Mailing m WHERE m.conferenceId = :conference "
                + "ORDER BY m.createdAt DESC", Mailing.class).setParameter("conference", conference.getId()).getResultList();
        Map<Long, Map<OutboxStatus, Long>> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.mailingId, m.status, COUNT(m) FROM OutboxMessage m "
                        + "WHERE m.conferenceId = :conference AND m.mailingId IS NOT NULL GROUP BY m.mailingId, m.status",
                Object[].class).setParameter("conference", conference.getId()).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(OutboxStatus.class))
                    .put((OutboxStatus) row[1], ((Number) row[2]).longValue());
        }
        return mailings.stream().map(m -> {
            Map<OutboxStatus, Long> byStatus = counts.getOrDefault(m.getId(), Map.of());
            return new Sent(m, m.getCreatedAt().atZone(conference.zone()), byStatus.getOrDefault(OutboxStatus.SENT, 0L), byStatus.getOrDefault(OutboxStatus.FAILED, 0L),
                    byStatus.getOrDefault(OutboxStatus.QUEUED, 0L) + byStatus.getOrDefault(OutboxStatus.SENDING, 0L));
        }).toList();
    }

    public Progress progress(String slug, long mailingId) {
        Conference conference = conferences.forOrganizer(slug);
        Mailing mailing = em.find(Mailing.class, mailingId);
        if (mailing == null || !mailing.getConferenceId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.mailing.unknown", mailingId);
        }
        List<OutboxMessage> messages = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.mailingId = :mailing "
                + "ORDER BY m.recipient", OutboxMessage.class).setParameter("mailing", mailingId).getResultList();
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, messages.stream().filter(m -> m.getStatus() == status).count());
        }
        return new Progress(mailing, counts, messages);
    }

    /** Records the opt-out of the recipient of the mail that carried this token; returns the conference. */
    @Transactional
    public Conference unsubscribe(String token) {
        List<OutboxMessage> found = token == null ? List.of() : em.createQuery(
                "SELECT m FROM OutboxMessage m WHERE m.unsubscribeToken = :token", OutboxMessage.class)
                .setParameter("token", token).getResultList();
        if (found.isEmpty()) {
            throw new PodiumException.NotFound("error.mailing.unknownToken");
        }
        OutboxMessage message = found.get(0);
        Conference conference = em.find(Conference.class, message.getConferenceId());
        optOuts.record(conference.getId(), message.getRecipient());
        return conference;
    }

    private Set<String> optedOut(Conference conference) {
        return optOuts.of(conference.getId());
    }

    /** The segment's recipients who get the circular: each address once, none that opted out. */
    private List<Recipient> deliverable(Conference conference, String segmentCode) {
        Set<String> optedOut = optedOut(conference);
        Set<String> seen = new HashSet<>();
        List<Recipient> deliverable = new ArrayList<>();
        for (Recipient recipient : recipients(conference, segmentCode)) {
            String email = recipient.email().trim().toLowerCase(Locale.ROOT);
            if (seen.add(email) && !optedOut.contains(optOuts.hash(email))) {
                deliverable.add(recipient);
            }
        }
        return deliverable;
    }

    private List<Recipient> recipients(Conference conference, String segmentCode) {
        for (RecipientSegments contributor : contributors) {
            for (Segment segment : contributor.segments(conference)) {
                if (segment.code().equals(segmentCode)) {
                    return segment.recipients().get();
                }
            }
        }
        throw new PodiumException.Invalid("segment", "error.mailing.unknownSegment", segmentCode);
    }

    private Map<String, String> model(Mailing mailing, Recipient recipient, Conference conference, String token) {
        String language = recipient.locale().getLanguage();
        Map<String, String> personal = new HashMap<>(recipient.model());
        personal.putIfAbsent("name", recipient.name() == null ? "" : recipient.name());
        String unsubscribeUrl = links.to("/mail/unsubscribe?token=" + token);
        Map<String, String> model = new HashMap<>();
        model.put("subject", MailTemplates.oneLine(MailTemplates.fill(mailing.subject(language), personal)));
        model.put("body", MailTemplates.fill(mailing.body(language), personal));
        model.put("unsubscribeUrl", unsubscribeUrl);
        model.put("header.List-Unsubscribe", "<" + unsubscribeUrl + ">");
        model.put("header.List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        model.put("header.Precedence", "bulk");
        return model;
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
