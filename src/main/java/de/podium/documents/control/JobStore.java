package de.podium.documents.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.documents.entity.DocumentJob;
import de.podium.documents.entity.DocumentKind;
import de.podium.platform.control.PodiumException;

/** Each change of a background run in a transaction of its own, so the organizer page sees progress at once. */
@ApplicationScoped
public class JobStore {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Transactional
    public DocumentJob create(Long conferenceId, DocumentKind kind, String parameters, String requestedBy) {
        DocumentJob job = new DocumentJob(conferenceId, kind, parameters, requestedBy);
        em.persist(job);
        em.flush();
        return job;
    }

    @Transactional
    public void started(long id, int total) {
        em.find(DocumentJob.class, id).start(total);
    }

    @Transactional
    public void progress(long id, int done) {
        em.find(DocumentJob.class, id).progress(done);
    }

    @Transactional
    public void finished(long id, String file, String report) {
        em.find(DocumentJob.class, id).finish(file, report);
    }

    @Transactional
    public void failed(long id, String reason) {
        em.find(DocumentJob.class, id).fail(reason);
    }

    @Transactional
    public List<DocumentJob> ofConference(Long conferenceId) {
        return em.createNamedQuery(DocumentJob.OF_CONFERENCE, DocumentJob.class).setParameter("conference", conferenceId)
                .setMaxResults(50).getResultList();
    }

    @Transactional
    public DocumentJob of(Long conferenceId, long id) {
        DocumentJob job = em.find(DocumentJob.class, id);
        if (job == null || !job.getConferenceId().equals(conferenceId)) {
            throw new PodiumException.NotFound("error.documents.job.unknown", id);
        }
        return job;
    }
}
