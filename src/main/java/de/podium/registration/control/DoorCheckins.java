package de.podium.registration.control;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;
import de.podium.registration.entity.ShortCode;

/**
 * Check-in at the door: by the QR payload or the short code printed under it, or by finding the person by
 * name or organisation; undoing a mistaken check-in; how many have arrived of those expected, and the VIPs
 * (invitation-only categories or anyone with a note for the door) with their arrival.
 */
@ApplicationScoped
public class DoorCheckins {

    private static final Logger LOG = Logger.getLogger(DoorCheckins.class.getName());
    private static final int SEARCH_LIMIT = 25;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    /** Checked in of expected: the confirmed who have not arrived yet count as expected too. */
    public record Count(long checkedIn, long expected) {
    }

    /**
     * The QR payload or the short code (any case): CONFIRMED becomes CHECKED_IN once, within the check-in window
     * unless the organizer admits someone outside it on purpose (e.g. recording attendance after the event).
     */
    @Transactional
    public Registration checkIn(String slug, String code, boolean outsideWindow) {
        Conference conference = conferences.forOrganizer(slug);
        if (code == null || code.isBlank()) {
            throw new PodiumException.Invalid("code", "error.checkin.code.missing");
        }
        // an unknown code is 404 (API.md) whatever the day: the door learns that the code is wrong, not the date
        Registration registration = byCode(conference, code)
                .orElseThrow(() -> new PodiumException.NotFound("error.checkin.unknown"));
        requireWindow(conference, outsideWindow);
        return admit(conference, registration);
    }

    /** The person found by name at the door. */
    @Transactional
    public Registration checkIn(String slug, long registrationId, boolean outsideWindow) {
        Conference conference = conferences.forOrganizer(slug);
        requireWindow(conference, outsideWindow);
        return admit(conference, locked(conference, registrationId));
    }

    @Transactional
    public Registration undo(String slug, long registrationId) {
        Conference conference = conferences.forOrganizer(slug);
        Registration registration = locked(conference, registrationId);
        if (registration.getStatus() != RegistrationStatus.CHECKED_IN) {
            throw new PodiumException.Conflict("not_checked_in", "error.checkin.notCheckedIn", registration.getName().full());
        }
        registration.undoCheckIn();
        return registration;
    }

    @Transactional
    public Registration note(String slug, long registrationId, String note) {
        Conference conference = conferences.forOrganizer(slug);
        Registration registration = locked(conference, registrationId);
        if (note != null && note.strip().length() > 500) {
            throw new PodiumException.Invalid("note", "error.checkin.noteTooLong", 500);
        }
        registration.setDoorNote(Texts.blankToNull(note));
        return registration;
    }

    /** Confirmed and checked-in people whose name, organisation or short code contains what was typed. */
    public List<Registration> search(String slug, String query) {
        Conference conference = conferences.forOrganizer(slug);
        String typed = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (typed.length() < 2) {
            return List.of();
        }
        Optional<String> shortCode = ShortCode.parse(query);
        String like = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("SELECT r FROM Registration r WHERE r.conference = :conference AND r.status IN :statuses "
                        + "AND (LOWER(CONCAT(r.name.firstName, ' ', r.name.lastName)) LIKE :like ESCAPE '\\' "
                        + "OR LOWER(r.name.lastName) LIKE :like ESCAPE '\\' "
                        + "OR LOWER(r.organisation) LIKE :like ESCAPE '\\' OR r.shortCode = :code) "
                        + "ORDER BY r.name.lastName, r.name.firstName, r.id", Registration.class)
                .setParameter("conference", conference)
                .setParameter("statuses", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.CHECKED_IN))
                .setParameter("like", like)
                .setParameter("code", shortCode.orElse("-"))
                .setMaxResults(SEARCH_LIMIT).getResultList();
    }

    public Count count(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        List<Object[]> rows = em.createQuery("SELECT r.status, COUNT(r) FROM Registration r WHERE r.conference = :conference "
                        + "AND r.status IN :statuses GROUP BY r.status", Object[].class)
                .setParameter("conference", conference)
                .setParameter("statuses", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.CHECKED_IN))
                .getResultList();
        long checkedIn = 0;
        long expected = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            expected += n;
            if (row[0] == RegistrationStatus.CHECKED_IN) {
                checkedIn += n;
            }
        }
        return new Count(checkedIn, expected);
    }

    /** Expected VIPs, those still to arrive first, then by arrival. */
    public List<Registration> vips(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        return em.createQuery("SELECT r FROM Registration r WHERE r.conference = :conference AND r.status IN :statuses "
                        + "AND (r.category.invitationOnly = TRUE OR r.doorNote IS NOT NULL)", Registration.class)
                .setParameter("conference", conference)
                .setParameter("statuses", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.CHECKED_IN))
                .getResultList().stream()
                .sorted(Comparator.comparing((Registration r) -> r.getCheckedInAt() != null)
                        .thenComparing(r -> r.getCheckedInAt() == null ? Instant.EPOCH : r.getCheckedInAt())
                        .thenComparing(r -> r.getName().getLastName()))
                .toList();
    }

    public static boolean isVip(Registration registration) {
        return registration.getCategory().isInvitationOnly() || registration.getDoorNote() != null;
    }

    /** Registrations from before short codes existed get theirs ({@link ShortCodeBackfill}); nodes may race. */
    @Transactional
    public void giveShortCodes() {
        List<Object[]> missing = em.createNativeQuery("SELECT id, conference_id FROM registration WHERE short_code IS NULL")
                .getResultList();
        for (Object[] row : missing) {
            for (int attempt = 0; attempt < 5; attempt++) {
                String code = ShortCode.random();
                Number taken = (Number) em.createNativeQuery("SELECT COUNT(*) FROM registration WHERE conference_id = ?1 "
                        + "AND short_code = ?2").setParameter(1, row[1]).setParameter(2, code).getSingleResult();
                if (taken.longValue() == 0) {
                    em.createNativeQuery("UPDATE registration SET short_code = ?1 WHERE id = ?2 AND short_code IS NULL")
                            .setParameter(1, code).setParameter(2, row[0]).executeUpdate();
                    break;
                }
            }
        }
        if (!missing.isEmpty()) {
            LOG.info(() -> "gave " + missing.size() + " registrations a check-in short code");
        }
    }

    private Optional<Registration> byCode(Conference conference, String code) {
        Optional<String> shortCode = ShortCode.parse(code);
        String query = shortCode.isPresent() ? Registration.BY_SHORT_CODE : Registration.BY_CHECKIN_CODE;
        return em.createNamedQuery(query, Registration.class)
                .setParameter("conference", conference).setParameter("code", shortCode.orElse(code.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private Registration locked(Conference conference, long registrationId) {
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || !registration.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.registration.unknown", registrationId);
        }
        return registration;
    }

    private static void requireWindow(Conference conference, boolean outsideWindow) {
        CheckinWindow window = CheckinWindow.of(conference);
        if (!outsideWindow && !window.admits(Instant.now())) {
            throw new PodiumException.Conflict("outside_checkin_window", "error.checkin.outsideWindow",
                    window.firstDay(), window.lastDay());
        }
    }

    /** A second scan names who it was and when they arrived, so the door can tell a shared code from a re-entry. */
    private static Registration admit(Conference conference, Registration registration) {
        if (registration.getStatus() == RegistrationStatus.CHECKED_IN) {
            throw new PodiumException.Conflict(List.of(java.util.Map.of("id", registration.getId(),
                    "checkedInAt", conference.iso(java.time.LocalDateTime.ofInstant(registration.getCheckedInAt(), conference.zone())))),
                    "already_checked_in", "error.checkin.already",
                    registration.getName().full(),
                    LocalTime.ofInstant(registration.getCheckedInAt(), conference.zone()),
                    registration.getCategory().getName());
        }
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new PodiumException.Conflict("not_confirmed", "error.checkin.notConfirmed",
                    registration.getName().full(),
                    new Texts.Word("registration.status." + registration.getStatus().name()));
        }
        registration.checkIn();
        return registration;
    }
}
