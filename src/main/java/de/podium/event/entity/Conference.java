package de.podium.event.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Version;

import org.eclipse.persistence.config.QueryHints;

import de.podium.security.entity.Account;

/** One event with dates in its own time zone, capacity, registration categories and tracks. */
@Entity
@NamedQuery(name = Conference.FIND_BY_SLUG, query = "SELECT c FROM Conference c WHERE c.slug = :slug")
// the hint belongs to the named query: set on a query per call, it made EclipseLink prepare the SQL again every time
@NamedQuery(name = Conference.FIND_BY_SLUG_WITH_CATEGORIES, query = "SELECT c FROM Conference c WHERE c.slug = :slug",
        hints = @QueryHint(name = QueryHints.LEFT_FETCH, value = "c.categories"))
@NamedQuery(name = Conference.FIND_ALL, query = "SELECT c FROM Conference c ORDER BY c.startsAt DESC, c.title")
@NamedQuery(name = Conference.ORGANIZED_BY, query = "SELECT c FROM Conference c JOIN c.organizers o "
        + "WHERE o.email = :email ORDER BY c.startsAt DESC")
@NamedQuery(name = Conference.COUNT, query = "SELECT COUNT(c) FROM Conference c")
public class Conference {

    public static final String FIND_BY_SLUG = "Conference.findBySlug";
    public static final String FIND_BY_SLUG_WITH_CATEGORIES = "Conference.findBySlugWithCategories";
    public static final String FIND_ALL = "Conference.findAll";
    public static final String ORGANIZED_BY = "Conference.organizedBy";
    public static final String COUNT = "Conference.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String subtitle;
    private String description;
    @Column(name = "organizer_name")
    private String organizerName;
    @Column(name = "organizer_email")
    private String organizerEmail;
    @Column(name = "imprint_url")
    private String imprintUrl;
    @Column(name = "privacy_url")
    private String privacyUrl;
    private String venue;

    @Column(name = "accent_colour")
    private String accentColour;

    @Column(name = "logo_path")
    private String logoPath;
    private String city;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    private Integer capacity;
    @Column(name = "registration_open")
    private boolean registrationOpen = true;
    @Column(name = "double_opt_in")
    private boolean doubleOptIn = true;
    @Column(name = "demo_data")
    private boolean demoData;
    @Column(name = "created_at")
    private Instant createdAt;
    /** Places taken, maintained by conditional UPDATEs of the registration feature, never written here. */
    @Column(insertable = false, updatable = false)
    private int held;
    @Version
    private long version;

    @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Category> categories = new ArrayList<>();

    @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Track> tracks = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "conference_organizer",
            joinColumns = @JoinColumn(name = "conference_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> organizers = new HashSet<>();

    protected Conference() {
    }

    public Conference(String slug, String title, ZoneId zone, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.slug = slug;
        this.createdAt = Instant.now();
        rename(title);
        schedule(zone, startsAt, endsAt);
    }

    public void rename(String newTitle) {
        this.title = newTitle;
    }

    public void schedule(ZoneId zone, LocalDateTime start, LocalDateTime end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("conference ends before it starts");
        }
        this.timeZone = zone.getId();
        this.startsAt = start;
        this.endsAt = end;
    }

    public Category addCategory(String code, String name) {
        Category category = new Category(this, code, name, categories.size());
        categories.add(category);
        return category;
    }

    public Track addTrack(String code, String name) {
        Track track = new Track(this, code, name, tracks.size());
        tracks.add(track);
        return track;
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public Optional<Track> track(String code) {
        return tracks.stream().filter(t -> t.getCode().equals(code)).findFirst();
    }

    public void removeCategoriesExcept(List<String> codes) {
        categories.removeIf(c -> !codes.contains(c.getCode()));
    }

    public void removeTracksExcept(List<String> codes) {
        tracks.removeIf(t -> !codes.contains(t.getCode()));
    }

    public void addOrganizer(Account account) {
        organizers.add(account);
    }

    public boolean isOrganizedBy(String email) {
        return organizers.stream().anyMatch(a -> a.getEmail().equals(Account.normalise(email)));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The conference's wall-clock time of a moment: slots and windows are stored so (see README, Agenda). */
    public LocalDateTime wallClock(OffsetDateTime moment) {
        return moment.atZoneSameInstant(zone()).toLocalDateTime();
    }

    /** A wall-clock time of the conference with the offset valid then (null stays null). */
    public OffsetDateTime withOffset(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(zone()).toOffsetDateTime();
    }

    /** ISO-8601 with seconds and offset, as everywhere in the API: 2016-12-16T10:30:00+01:00. */
    public String iso(LocalDateTime wallClock) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(withOffset(wallClock));
    }

    public OffsetDateTime startsAtWithOffset() {
        return startsAt.atZone(zone()).toOffsetDateTime();
    }

    public OffsetDateTime endsAtWithOffset() {
        return endsAt.atZone(zone()).toOffsetDateTime();
    }

    /** Whether the conference's end lies in the past: its public page then says so instead of inviting to register. */
    public boolean isOver() {
        return endsAt.atZone(zone()).toInstant().isBefore(java.time.Instant.now());
    }

    public boolean isMultiDay() {
        return !startsAt.toLocalDate().equals(endsAt.toLocalDate());
    }

    public int getHeld() { return held; }
    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSubtitle() { return subtitle; }
    public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOrganizerName() { return organizerName; }
    public void setOrganizerName(String organizerName) { this.organizerName = organizerName; }
    public String getOrganizerEmail() { return organizerEmail; }
    public String getImprintUrl() { return imprintUrl; }
    public void setImprintUrl(String imprintUrl) { this.imprintUrl = imprintUrl; }
    public String getPrivacyUrl() { return privacyUrl; }
    public void setPrivacyUrl(String privacyUrl) { this.privacyUrl = privacyUrl; }
    public void setOrganizerEmail(String organizerEmail) { this.organizerEmail = organizerEmail; }
    public String getAccentColour() { return accentColour; }
    public void setAccentColour(String accentColour) { this.accentColour = accentColour; }
    public String getLogoPath() { return logoPath; }
    public void setLogoPath(String logoPath) { this.logoPath = logoPath; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getTimeZone() { return timeZone; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public boolean isRegistrationOpen() { return registrationOpen; }
    public void setRegistrationOpen(boolean registrationOpen) { this.registrationOpen = registrationOpen; }
    public boolean isDoubleOptIn() { return doubleOptIn; }
    public void setDoubleOptIn(boolean doubleOptIn) { this.doubleOptIn = doubleOptIn; }
    public boolean isDemoData() { return demoData; }
    public void markAsDemoData() { this.demoData = true; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Category> getCategories() { return categories; }
    public List<Track> getTracks() { return tracks; }
}
