package de.podium.event.control;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Track;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException.FieldError;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PublicContentChanged;
import de.podium.platform.control.Texts;
import de.podium.security.entity.Account;

/** Conferences: public reading, and creation and editing by their organizers. */
@ApplicationScoped
public class ConferenceService {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Inject
    ConferenceAccess access;

    @Inject
    InputValidator validator;

    public List<Conference> all() {
        return em.createNamedQuery(Conference.FIND_ALL, Conference.class).getResultList();
    }

    public Optional<Conference> findBySlug(String slug) {
        return bySlugQuery(Conference.FIND_BY_SLUG, slug).getResultStream().findFirst();
    }

    public Conference bySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new PodiumException.NotFound("error.conference.unknown", slug));
    }

    /** As {@link #bySlug}, its categories read in the same query (a registration needs them: one round trip less). */
    public Conference withCategories(String slug) {
        return bySlugQuery(Conference.FIND_BY_SLUG_WITH_CATEGORIES, slug).getResultStream().findFirst()
                .orElseThrow(() -> new PodiumException.NotFound("error.conference.unknown", slug));
    }

    private TypedQuery<Conference> bySlugQuery(String query, String slug) {
        return em.createNamedQuery(query, Conference.class).setParameter("slug", slug);
    }

    /** The conferences the signed-in account may organise (all of them for an admin). */
    public List<Conference> organisedByCurrentUser() {
        Account account = access.requireOrganizerRole();
        if (account.has(de.podium.security.entity.Role.ADMIN)) {
            return all();
        }
        return em.createNamedQuery(Conference.ORGANIZED_BY, Conference.class)
                .setParameter("email", account.getEmail()).getResultList();
    }

    public Conference forOrganizer(String slug) {
        Conference conference = bySlug(slug);
        access.requireOrganizerOf(conference);
        return conference;
    }

    @Transactional
    public Conference create(ConferenceData data) {
        Account creator = access.requireOrganizerRole();
        validator.check(data);
        ZoneId zone = checked(data);
        if (findBySlug(data.slug).isPresent()) {
            throw new PodiumException.Conflict("duplicate", "error.conference.slugTaken", data.slug);
        }
        Conference conference = new Conference(data.slug, data.title.strip(), zone,
                local(data.startsAt, zone), local(data.endsAt, zone));
        if (data.organizer == null || data.organizer.isBlank()) {
            data.organizer = creator.getDisplayName();
        }
        apply(conference, data, zone);
        conference.addOrganizer(creator);
        em.persist(conference);
        publicChanges.fire(PublicContentChanged.content(conference.getSlug()));
        return conference;
    }

    @Transactional
    public Conference update(String slug, ConferenceData data) {
        Conference conference = forOrganizer(slug);
        validator.check(data);
        ZoneId zone = checked(data);
        if (!slug.equals(data.slug)) {
            throw new PodiumException.Invalid("slug", "error.conference.slugImmutable");
        }
        refuseRemovingCategoriesInUse(conference, data);
        if (data.capacity != null) {
            recountPlaces(conference);
        }
        conference.rename(data.title.strip());
        conference.schedule(zone, local(data.startsAt, zone), local(data.endsAt, zone));
        apply(conference, data, zone);
        publicChanges.fire(PublicContentChanged.content(slug));
        return conference;
    }

    /**
     * The conference's own counter of places is kept only while it has a capacity (registrations leave its row
     * alone otherwise), so it is counted afresh from its categories whenever the edit gives it one. The category
     * rows are locked first, as registrations lock them (category, then conference): a registration in flight is
     * waited for and counted, a later one sees the capacity. Runs before the edit changes any row.
     */
    private void recountPlaces(Conference conference) {
        em.createNativeQuery("SELECT id FROM category WHERE conference_id = ?1 ORDER BY id FOR UPDATE")
                .setParameter(1, conference.getId()).getResultList();
        em.createNativeQuery("UPDATE conference SET held = (SELECT COALESCE(SUM(held), 0) FROM category "
                        + "WHERE conference_id = ?1) WHERE id = ?1")
                .setParameter(1, conference.getId()).executeUpdate();
    }

    /**
     * A category that registrations or invitations belong to stays: removing it would leave them without one (the
     * database refuses it, and the organizer would only learn that something failed).
     */
    private void refuseRemovingCategoriesInUse(Conference conference, ConferenceData data) {
        Set<String> kept = new HashSet<>();
        if (data.categories != null) {
            data.categories.forEach(c -> kept.add(c.code));
        }
        List<FieldError> errors = conference.getCategories().stream()
                .filter(c -> !kept.contains(c.getCode()) && inUse(c))
                .map(c -> new FieldError("categories", "error.conference.categoryInUse", c.getName()))
                .toList();
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
    }

    private boolean inUse(Category category) {
        return ((Number) em.createNativeQuery("SELECT CASE WHEN EXISTS "
                        + "(SELECT 1 FROM registration WHERE category_id = ?1) "
                        + "OR EXISTS (SELECT 1 FROM invitation WHERE category_id = ?1) THEN 1 ELSE 0 END")
                .setParameter(1, category.getId()).getSingleResult()).intValue() == 1;
    }

    private void apply(Conference conference, ConferenceData data, ZoneId zone) {
        conference.setSubtitle(Texts.blankToNull(data.subtitle));
        conference.setDescription(Texts.blankToNull(data.description));
        if (data.organizer != null && !data.organizer.isBlank()) {
            conference.setOrganizerName(data.organizer.strip());
        }
        conference.setOrganizerEmail(Texts.blankToNull(data.organizerEmail));
        conference.setImprintUrl(Texts.blankToNull(data.imprintUrl));
        conference.setPrivacyUrl(Texts.blankToNull(data.privacyUrl));
        conference.setVenue(Texts.blankToNull(data.venue));
        conference.setCity(data.city.strip());
        conference.setCapacity(data.capacity);
        conference.setRegistrationOpen(data.registrationOpen == null || data.registrationOpen);
        conference.setDoubleOptIn(data.doubleOptIn == null || data.doubleOptIn);
        applyCategories(conference, data.categories == null ? List.of() : data.categories);
        applyTracks(conference, data.tracks == null ? List.of() : data.tracks);
    }

    private void applyCategories(Conference conference, List<ConferenceData.CategoryData> categories) {
        conference.removeCategoriesExcept(categories.stream().map(c -> c.code).toList());
        int position = 0;
        for (ConferenceData.CategoryData data : categories) {
            Category category = conference.category(data.code).orElseGet(() -> conference.addCategory(data.code, data.name));
            category.setName(data.name.strip());
            category.setNameEn(Texts.blankToNull(data.nameEn));
            category.setCapacity(data.capacity);
            category.setInvitationOnly(data.invitationOnly);
            category.setApprovalRequired(data.approvalRequired);
            category.setCompanion(data.companion);
            category.setCompanionNameCard(data.companion && data.companionNameCard);
            if (data.colour != null) {
                category.setColour(data.colour.toLowerCase(java.util.Locale.ROOT));
            }
            category.setPosition(position++);
        }
    }

    private void applyTracks(Conference conference, List<ConferenceData.TrackData> tracks) {
        conference.removeTracksExcept(tracks.stream().map(t -> t.code).toList());
        int position = 0;
        for (ConferenceData.TrackData data : tracks) {
            Track track = conference.track(data.code).orElseGet(() -> conference.addTrack(data.code, data.name));
            track.setName(data.name.strip());
            track.setNameEn(Texts.blankToNull(data.nameEn));
            if (data.colour != null) {
                track.setColour(data.colour.toLowerCase(java.util.Locale.ROOT));
            }
            track.setPosition(position++);
        }
    }

    /** Rules that span fields; single-field rules are Bean Validation annotations on ConferenceData. */
    private static ZoneId checked(ConferenceData data) {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(data.timeZone.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "error.conference.timeZone", data.timeZone));
        }
        if (!data.endsAt.isAfter(data.startsAt)) {
            errors.add(new FieldError("endsAt", "error.conference.endsBeforeStart"));
        }
        if (!LegalLinks.isLinkable(data.imprintUrl)) {
            errors.add(new FieldError("imprintUrl", "error.conference.link", data.imprintUrl));
        }
        if (!LegalLinks.isLinkable(data.privacyUrl)) {
            errors.add(new FieldError("privacyUrl", "error.conference.link", data.privacyUrl));
        }
        addDuplicates(errors, "categories", data.categories == null ? List.of()
                : data.categories.stream().map(c -> c.code).toList());
        addDuplicates(errors, "tracks", data.tracks == null ? List.of()
                : data.tracks.stream().map(t -> t.code).toList());
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        return zone;
    }

    private static void addDuplicates(List<FieldError> errors, String field, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                errors.add(new FieldError(field + "[" + i + "].code", "error.code.duplicate", codes.get(i)));
            }
        }
    }

    private static LocalDateTime local(java.time.OffsetDateTime moment, ZoneId zone) {
        return moment.atZoneSameInstant(zone).toLocalDateTime();
    }

}
