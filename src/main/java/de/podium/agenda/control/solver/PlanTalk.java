package de.podium.agenda.control.solver;

import java.time.LocalDateTime;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import de.podium.agenda.entity.TalkKind;
import de.podium.agenda.entity.TimeWindow;

/**
 * A talk to be placed: the solver chooses its slot (room and start). Slots come per talk, so that a talk always
 * ends within the day's hours; pinned talks keep their place.
 */
@PlanningEntity
public class PlanTalk {

    @PlanningId
    private Long id;
    private String title;
    private TalkKind kind;
    private String trackCode;
    private int durationMinutes;
    private Integer expectedAudience;
    private List<Long> speakerIds;
    /** Availability windows per speaker, in the order of speakerIds. */
    private List<List<TimeWindow>> speakerWindows;
    private List<PlanSlot> slots;
    private PlanContext context;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "slots")
    private PlanSlot slot;

    public PlanTalk() {
    }

    public PlanTalk(long id, String title, TalkKind kind, String trackCode, int durationMinutes, Integer expectedAudience,
                    List<Long> speakerIds, List<List<TimeWindow>> speakerWindows, List<PlanSlot> slots,
                    PlanContext context) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.trackCode = trackCode;
        this.durationMinutes = durationMinutes;
        this.expectedAudience = expectedAudience;
        this.speakerIds = speakerIds;
        this.speakerWindows = speakerWindows;
        this.slots = slots;
        this.context = context;
    }

    @ValueRangeProvider(id = "slots")
    public List<PlanSlot> getSlots() {
        return slots;
    }

    public PlanRoom getRoom() {
        return slot == null ? null : slot.room();
    }

    public LocalDateTime getStart() {
        return slot == null ? null : slot.start();
    }

    public LocalDateTime getEnd() {
        return slot == null ? null : slot.start().plusMinutes(durationMinutes);
    }

    /** Openings and keynotes are for everybody: largest room, nothing in parallel. */
    public boolean isPlenary() {
        return kind == TalkKind.OPENING || kind == TalkKind.KEYNOTE;
    }

    public void pin(PlanRoom pinnedRoom, LocalDateTime pinnedStart) {
        this.slot = new PlanSlot(pinnedRoom, pinnedStart);
        this.pinned = true;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public TalkKind getKind() { return kind; }
    public String getTrackCode() { return trackCode; }
    public int getDurationMinutes() { return durationMinutes; }
    public Integer getExpectedAudience() { return expectedAudience; }
    public List<Long> getSpeakerIds() { return speakerIds; }
    public List<List<TimeWindow>> getSpeakerWindows() { return speakerWindows; }
    public PlanContext getContext() { return context; }
    public boolean isPinned() { return pinned; }
    public PlanSlot getSlot() { return slot; }
    public void setSlot(PlanSlot slot) { this.slot = slot; }

    @Override
    public String toString() {
        return title + "@" + slot;
    }
}
