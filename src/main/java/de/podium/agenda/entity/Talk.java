package de.podium.agenda.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import de.podium.event.entity.Conference;
import de.podium.event.entity.Track;

/** A programme item (Beitrag): title, abstract, speakers and, once placed, a room and a start time. */
@Entity
@NamedQuery(name = Talk.OF_CONFERENCE, query = "SELECT t FROM Talk t LEFT JOIN t.room r WHERE t.conference = :conference "
        + "ORDER BY t.startsAt, r.position, t.title")
public class Talk {

    public static final String OF_CONFERENCE = "Talk.ofConference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    private String title;
    @Column(name = "abstract")
    private String summary;
    @Enumerated(EnumType.STRING)
    private TalkKind kind = TalkKind.TALK;
    @ManyToOne
    @JoinColumn(name = "track_id")
    private Track track;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    private String language = "de";
    @Column(name = "expected_audience")
    private Integer expectedAudience;
    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    /** Kept in place when the solver re-plans the whole programme. */
    private boolean pinned;
    private boolean vip;
    /** Set once cancelled: the talk stays in the programme, marked, so its published versions can say so. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Version
    private long version;

    @ManyToMany
    @JoinTable(name = "talk_speaker",
            joinColumns = @JoinColumn(name = "talk_id"),
            inverseJoinColumns = @JoinColumn(name = "speaker_id"))
    @OrderColumn(name = "speaker_order")
    private List<Speaker> speakers = new ArrayList<>();

    protected Talk() {
    }

    public Talk(Conference conference, String title, TalkKind kind, int durationMinutes) {
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        this.conference = conference;
        this.title = title;
        this.kind = kind;
        this.durationMinutes = durationMinutes;
    }

    public void place(Room newRoom, LocalDateTime start) {
        this.room = newRoom;
        this.startsAt = start;
    }

    public void unplace() {
        this.room = null;
        this.startsAt = null;
    }

    public boolean isScheduled() {
        return room != null && startsAt != null;
    }

    public LocalDateTime endsAt() {
        return startsAt == null ? null : startsAt.plusMinutes(durationMinutes);
    }

    public void addSpeaker(Speaker speaker) {
        if (!speakers.contains(speaker)) {
            speakers.add(speaker);
        }
    }

    public void removeSpeaker(Speaker speaker) {
        speakers.remove(speaker);
    }

    /** Moves the speaker to that position (0 first), the others keep their order. */
    public void moveSpeaker(Speaker speaker, int position) {
        if (speakers.remove(speaker)) {
            speakers.add(Math.max(0, Math.min(position, speakers.size())), speaker);
        }
    }

    public void changeDuration(int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        this.durationMinutes = minutes;
    }

    public void cancel(Instant when) {
        if (cancelledAt == null) {
            cancelledAt = when;
        }
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getId() { return id; }
    public Conference getConference() { return conference; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public TalkKind getKind() { return kind; }
    public void setKind(TalkKind kind) { this.kind = kind; }
    public boolean isVip() { return vip; }
    public void setVip(boolean vip) { this.vip = vip; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Track getTrack() { return track; }
    public void setTrack(Track track) { this.track = track; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Integer getExpectedAudience() { return expectedAudience; }
    public void setExpectedAudience(Integer expectedAudience) { this.expectedAudience = expectedAudience; }
    public Room getRoom() { return room; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public List<Speaker> getSpeakers() { return speakers; }
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }
}
