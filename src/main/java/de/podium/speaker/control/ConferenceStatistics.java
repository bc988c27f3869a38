package de.podium.speaker.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.agenda.entity.TalkKind;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.mail.entity.OutboxStatus;
import de.podium.registration.control.DoorCheckins;
import de.podium.registration.entity.RegistrationStatus;

/**
 * A conference's key figures for its organizers, each from one aggregate query: registrations by status, by category
 * and per day, check-ins (the door's own count), the conference's mail in the outbox, and scheduled talks still
 * without slides. It lives with the speakers because it counts their slides as well as registrations and mail.
 */
@ApplicationScoped
public class ConferenceStatistics {

    /** Outbox rows are counted in buckets this long: every time zone's offset is a multiple of it. */
    private static final int BUCKET_SECONDS = 15 * 60;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    DoorCheckins doors;

    public record CategoryCount(Category category, long count) {
    }

    /** Registrations (not cancelled) created on one day in the conference's time zone, and all up to that day. */
    public record DayCount(LocalDate date, long count, long cumulative) {
    }

    public record MailCount(long queued, long sent, long failed) {
    }

    public record MissingSlides(long talkId, String title) {
    }

    /** What the organizer start page says of one conference. */
    public record Summary(long registered, long waitlisted, long pendingApproval, long slidesMissing) {
        static final Summary NONE = new Summary(0, 0, 0, 0);
    }

    /**
     * @param byStatus    every status, also those nobody is in
     * @param byCategory  registrations not cancelled, per category in the conference's order
     * @param perDay      registrations not cancelled, by the day they were made; only days with registrations
     * @param capacity    places of the conference, null when unlimited
     */
    public record Figures(Conference conference, Map<RegistrationStatus, Long> byStatus, List<CategoryCount> byCategory,
                          List<DayCount> perDay, Integer capacity, DoorCheckins.Count checkins, MailCount mail,
                          List<MissingSlides> slidesMissing) {

        public long active() {
            return byCategory.stream().mapToLong(CategoryCount::count).sum();
        }
    }

    /** The figures of a conference the signed-in organizer may manage. */
    public Figures of(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        return new Figures(conference, byStatus(conference), byCategory(conference), perDay(conference),
                conference.getCapacity(), doors.count(slug), mail(conference), slidesMissing(conference));
    }

    /** The start page's figures of several conferences with three queries, whatever their number. */
    public Map<Long, Summary> summaries(List<Conference> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        List<Object[]> statuses = em.createQuery("SELECT r.conference.id, r.status, COUNT(r) FROM Registration r "
                        + "WHERE r.conference IN :conferences GROUP BY r.conference.id, r.status", Object[].class)
                .setParameter("conferences", of).getResultList();
        for (Object[] row : statuses) {
            long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[4]);
            long n = ((Number) row[2]).longValue();
            RegistrationStatus status = (RegistrationStatus) row[1];
            if (status.holdsPlace()) {
                c[0] += n;
            } else if (status == RegistrationStatus.WAITLISTED) {
                c[1] += n;
            } else if (status == RegistrationStatus.PENDING_APPROVAL) {
                c[2] += n;
            }
        }
        List<Object[]> lacking = em.createQuery("SELECT t.conference.id, COUNT(t) FROM Talk t WHERE t.conference IN :conferences "
                        + LACKING_SLIDES + " GROUP BY t.conference.id", Object[].class)
                .setParameter("conferences", of).setParameter("break", TalkKind.BREAK).getResultList();
        for (Object[] row : lacking) {
            counts.computeIfAbsent((Long) row[0], id -> new long[4])[3] = ((Number) row[1]).longValue();
        }
        Map<Long, Summary> summaries = new HashMap<>();
        for (Conference conference : of) {
            long[] c = counts.get(conference.getId());
            summaries.put(conference.getId(), c == null ? Summary.NONE : new Summary(c[0], c[1], c[2], c[3]));
        }
        return summaries;
    }

    /** Talks on the programme (placed in a room at a time, not cancelled, with speakers) that have no slide version. */
    private static final String LACKING_SLIDES = "AND t.kind <> :break AND t.cancelledAt IS NULL AND t.room IS NOT NULL "
            + "AND t.startsAt IS NOT NULL AND t.speakers IS NOT EMPTY AND NOT EXISTS (SELECT s FROM Slide s WHERE s.talk = t)";

    private Map<RegistrationStatus, Long> byStatus(Conference conference) {
        Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            byStatus.put(status, 0L);
        }
        em.createQuery("SELECT r.status, COUNT(r) FROM Registration r WHERE r.conference = :conference GROUP BY r.status",
                        Object[].class)
                .setParameter("conference", conference).getResultList()
                .forEach(row -> byStatus.put((RegistrationStatus) row[0], ((Number) row[1]).longValue()));
        return byStatus;
    }

    private List<CategoryCount> byCategory(Conference conference) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT r.category.id, COUNT(r) FROM Registration r WHERE r.conference = :conference "
                        + "AND r.status <> :cancelled GROUP BY r.category.id", Object[].class)
                .setParameter("conference", conference).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return conference.getCategories().stream()
                .map(c -> new CategoryCount(c, counts.getOrDefault(c.getId(), 0L))).toList();
    }

    /**
     * Counted in quarter-hour buckets of UTC by the database, then the buckets summed up per day of the conference's
     * time zone here: SQL on both supported databases has no common way to convert to a named time zone.
     */
    private List<DayCount> perDay(Conference conference) {
        ZoneId zone = conference.zone();
        List<?> rows = em.createNativeQuery("SELECT FLOOR(EXTRACT(EPOCH FROM created_at) / " + BUCKET_SECONDS + "), COUNT(*) "
                        + "FROM registration WHERE conference_id = ?1 AND status <> ?2 "
                        + "GROUP BY FLOOR(EXTRACT(EPOCH FROM created_at) / " + BUCKET_SECONDS + ")")
                .setParameter(1, conference.getId()).setParameter(2, RegistrationStatus.CANCELLED.name())
                .getResultList();
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long bucket = ((Number) columns[0]).longValue();
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(bucket * BUCKET_SECONDS), zone);
            days.merge(day, ((Number) columns[1]).longValue(), Long::sum);
        }
        List<DayCount> perDay = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<LocalDate, Long> day : days.entrySet()) {
            cumulative += day.getValue();
            perDay.add(new DayCount(day.getKey(), day.getValue(), cumulative));
        }
        return perDay;
    }

    /** A mail being handed to the server right now still counts as queued: it has not left yet. */
    private MailCount mail(Conference conference) {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMessage m WHERE m.conferenceId = :conference GROUP BY m.status",
                        Object[].class)
                .setParameter("conference", conference.getId()).getResultList()
                .forEach(row -> counts.put((OutboxStatus) row[0], ((Number) row[1]).longValue()));
        return new MailCount(counts.getOrDefault(OutboxStatus.QUEUED, 0L) + counts.getOrDefault(OutboxStatus.SENDING, 0L),
                counts.getOrDefault(OutboxStatus.SENT, 0L), counts.getOrDefault(OutboxStatus.FAILED, 0L));
    }

    private List<MissingSlides> slidesMissing(Conference conference) {
        return em.createQuery("SELECT t.id, t.title FROM Talk t WHERE t.conference = :conference " + LACKING_SLIDES
                        + " ORDER BY t.startsAt, t.title", Object[].class)
                .setParameter("conference", conference).setParameter("break", TalkKind.BREAK).getResultList().stream()
                .map(row -> new MissingSlides((Long) row[0], (String) row[1])).toList();
    }
}
