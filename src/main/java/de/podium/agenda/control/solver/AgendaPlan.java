package de.podium.agenda.control.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/** One conference's programme as a planning problem: rooms as facts, talks as entities. */
@PlanningSolution
public class AgendaPlan {

    @ProblemFactCollectionProperty
    private List<PlanRoom> rooms;
    @PlanningEntityCollectionProperty
    private List<PlanTalk> talks;
    @PlanningScore
    private HardSoftScore score;

    public AgendaPlan() {
    }

    public AgendaPlan(List<PlanRoom> rooms, List<PlanTalk> talks) {
        this.rooms = rooms;
        this.talks = talks;
    }

    public List<PlanRoom> getRooms() { return rooms; }
    public List<PlanTalk> getTalks() { return talks; }
    public HardSoftScore getScore() { return score; }
    public void setScore(HardSoftScore score) { this.score = score; }
}
