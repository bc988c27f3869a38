package de.podium.agenda.control.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import de.podium.agenda.control.ConflictType;
import de.podium.agenda.control.ScheduleRules;

/**
 * Hard constraints: exactly the conflict types of the editor, each defined by {@link ScheduleRules}. Soft ones:
 * a track stays in its room, speakers get time to change rooms, openings and keynotes in the largest room with
 * nothing in parallel.
 */
public class AgendaConstraints implements ConstraintProvider {

    static final int CHANGE_MINUTES = 15;
    /** Only an index for speed; whether two talks overlap is decided by ScheduleRules in the filters. */
    private static final ai.timefold.solver.core.api.score.stream.bi.BiJoiner<PlanTalk, PlanTalk> OVERLAPPING =
            Joiners.overlapping(PlanTalk::getStart, PlanTalk::getEnd);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            roomOverlap(factory), speakerOverlap(factory), speakerUnavailable(factory), roomCapacity(factory),
            roomUnavailable(factory), outsideConference(factory),
            trackInOneRoom(factory), speakerTimeToChangeRooms(factory), plenaryInLargestRoom(factory),
            nothingParallelToPlenary(factory)
        };
    }

    static boolean overlap(PlanTalk a, PlanTalk b) {
        return ScheduleRules.overlap(a.getStart(), a.getEnd(), b.getStart(), b.getEnd());
    }

    Constraint roomOverlap(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlanTalk.class, Joiners.equal(PlanTalk::getRoom), OVERLAPPING)
                .filter(AgendaConstraints::overlap)
                .penalize(HardSoftScore.ONE_HARD).asConstraint(ConflictType.ROOM_OVERLAP.name());
    }

    Constraint speakerOverlap(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlanTalk.class, OVERLAPPING)
                .filter((a, b) -> ScheduleRules.sharedSpeaker(a.getSpeakerIds(), b.getSpeakerIds()) && overlap(a, b))
                .penalize(HardSoftScore.ONE_HARD).asConstraint(ConflictType.SPEAKER_OVERLAP.name());
    }

    Constraint speakerUnavailable(ConstraintFactory factory) {
        return factory.forEach(PlanTalk.class)
                .filter(t -> t.getSpeakerWindows().stream().anyMatch(w -> ScheduleRules.unavailable(w, t.getStart(), t.getEnd())))
                .penalize(HardSoftScore.ONE_HARD, AgendaConstraints::unavailableSpeakers)
                .asConstraint(ConflictType.SPEAKER_UNAVAILABLE.name());
    }

    static int unavailableSpeakers(PlanTalk t) {
        return (int) t.getSpeakerWindows().stream().filter(w -> ScheduleRules.unavailable(w, t.getStart(), t.getEnd())).count();
    }

    Constraint roomCapacity(ConstraintFactory factory) {
        return factory.forEach(PlanTalk.class)
                .filter(t -> ScheduleRules.overCapacity(t.getExpectedAudience(), t.getRoom().getCapacity()))
                .penalize(HardSoftScore.ONE_HARD).asConstraint(ConflictType.ROOM_CAPACITY.name());
    }

    Constraint roomUnavailable(ConstraintFactory factory) {
        return factory.forEach(PlanTalk.class)
                .filter(t -> ScheduleRules.roomClosed(t.getRoom().getClosed(), t.getStart(), t.getEnd()))
                .penalize(HardSoftScore.ONE_HARD).asConstraint(ConflictType.ROOM_UNAVAILABLE.name());
    }

    Constraint outsideConference(ConstraintFactory factory) {
        return factory.forEach(PlanTalk.class)
                .filter(t -> ScheduleRules.outsideDays(t.getContext().firstDay(), t.getContext().lastDay(), t.getStart(), t.getEnd()))
                .penalize(HardSoftScore.ONE_HARD).asConstraint(ConflictType.OUTSIDE_CONFERENCE.name());
    }

    Constraint trackInOneRoom(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlanTalk.class, Joiners.equal(PlanTalk::getTrackCode))
                .filter((a, b) -> a.getTrackCode() != null && a.getRoom() != b.getRoom())
                .penalize(HardSoftScore.ONE_SOFT).asConstraint("TRACK_IN_ONE_ROOM");
    }

    /** The same speaker in another room right after: no time to get there. */
    Constraint speakerTimeToChangeRooms(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlanTalk.class)
                .filter((a, b) -> a.getRoom() != b.getRoom() && ScheduleRules.sharedSpeaker(a.getSpeakerIds(), b.getSpeakerIds())
                        && (backToBack(a, b) || backToBack(b, a)))
                .penalize(HardSoftScore.ofSoft(3)).asConstraint("SPEAKER_BACK_TO_BACK");
    }

    static boolean backToBack(PlanTalk first, PlanTalk second) {
        return !second.getStart().isBefore(first.getEnd()) && second.getStart().isBefore(first.getEnd().plusMinutes(CHANGE_MINUTES));
    }

    Constraint plenaryInLargestRoom(ConstraintFactory factory) {
        return factory.forEach(PlanTalk.class)
                .filter(t -> t.isPlenary() && t.getRoom().getId() != t.getContext().largestRoomId())
                .penalize(HardSoftScore.ofSoft(10)).asConstraint("PLENARY_IN_LARGEST_ROOM");
    }

    Constraint nothingParallelToPlenary(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlanTalk.class, OVERLAPPING)
                .filter((a, b) -> (a.isPlenary() || b.isPlenary()) && overlap(a, b))
                .penalize(HardSoftScore.ofSoft(10)).asConstraint("NOTHING_PARALLEL_TO_PLENARY");
    }
}
