package de.podium.agenda.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A finished automatic-scheduling run's proposal, one per conference, kept until the organizer applies or discards
 * it or starts a new run.
 */
@Entity
@Table(name = "schedule_proposal")
public class ScheduleProposal {

    @Id
    @Column(name = "conference_id")
    private long conferenceId;

    @Column(name = "job_id", nullable = false)
    private String jobId;

    @Column(nullable = false)
    private String status;

    @Column(name = "hard_score")
    private Integer hardScore;

    @Column(name = "soft_score")
    private Integer softScore;

    @Column(name = "elapsed_millis", nullable = false)
    private long elapsedMillis;

    @Column(name = "feasible_after_millis")
    private Long feasibleAfterMillis;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_proposal_slot", joinColumns = @JoinColumn(name = "conference_id"))
    private List<ProposedSlot> slots = new ArrayList<>();

    protected ScheduleProposal() {
    }

    public ScheduleProposal(long conferenceId, String jobId, String status, Integer hardScore, Integer softScore,
                            long elapsedMillis, Long feasibleAfterMillis, List<ProposedSlot> slots) {
        this.conferenceId = conferenceId;
        this.jobId = jobId;
        this.status = status;
        this.hardScore = hardScore;
        this.softScore = softScore;
        this.elapsedMillis = elapsedMillis;
        this.feasibleAfterMillis = feasibleAfterMillis;
        this.createdAt = Instant.now();
        this.slots = new ArrayList<>(slots);
    }

    public long getConferenceId() { return conferenceId; }
    public String getJobId() { return jobId; }
    public String getStatus() { return status; }
    public Integer getHardScore() { return hardScore; }
    public Integer getSoftScore() { return softScore; }
    public long getElapsedMillis() { return elapsedMillis; }
    public Long getFeasibleAfterMillis() { return feasibleAfterMillis; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ProposedSlot> getSlots() { return slots; }
}
