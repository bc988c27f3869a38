package de.podium.agenda.control.solver;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.ProposedSlot;
import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.ScheduleProposal;
import de.podium.agenda.entity.Talk;

/** The database copy of each conference's finished scheduling proposal, seen by every node. */
@ApplicationScoped
public class ProposalStore {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    /** Replaces the conference's stored proposal by the one just finished. */
    @Transactional
    public void keep(Proposal proposal) {
        forget(proposal.conferenceId());
        em.flush();
        em.persist(new ScheduleProposal(proposal.conferenceId(), proposal.jobId(), proposal.status().name(),
                proposal.hardScore(), proposal.softScore(), proposal.elapsedMillis(), proposal.feasibleAfterMillis(),
                proposal.placements().stream().map(p -> new ProposedSlot(p.talkId(), p.roomId(), p.start(), p.kept())).toList()));
    }

    @Transactional
    public Optional<Proposal> find(long conferenceId) {
        return Optional.ofNullable(em.find(ScheduleProposal.class, conferenceId)).map(this::view);
    }

    /**
     * Removes the stored proposal of that run and returns it; empty when it is gone (applied or discarded already,
     * perhaps on another node), so that one proposal is applied once.
     */
    @Transactional
    public Optional<Proposal> take(long conferenceId, String jobId) {
        ScheduleProposal stored = em.find(ScheduleProposal.class, conferenceId, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null || !stored.getJobId().equals(jobId)) {
            return Optional.empty();
        }
        Proposal proposal = view(stored);
        em.remove(stored);
        return Optional.of(proposal);
    }

    @Transactional
    public void forget(long conferenceId) {
        ScheduleProposal stored = em.find(ScheduleProposal.class, conferenceId);
        if (stored != null) {
            em.remove(stored);
        }
    }

    /** Titles and room names as they are now; talks or rooms deleted since are left out. */
    private Proposal view(ScheduleProposal stored) {
        var placements = stored.getSlots().stream()
                .map(slot -> {
                    Talk talk = em.find(Talk.class, slot.getTalkId());
                    Room room = em.find(Room.class, slot.getRoomId());
                    return talk == null || room == null ? null
                            : new Proposal.Placement(talk.getId(), talk.getTitle(), room.getId(), room.getName(),
                                    slot.getStartsAt(), slot.getStartsAt().plusMinutes(talk.getDurationMinutes()), slot.isKept());
                })
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(Proposal.Placement::start))
                .toList();
        return new Proposal(stored.getJobId(), stored.getConferenceId(), ScheduleJob.Status.valueOf(stored.getStatus()),
                stored.getHardScore(), stored.getSoftScore(), stored.getElapsedMillis(), stored.getFeasibleAfterMillis(),
                placements);
    }
}
