package de.podium.documents.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.documents.entity.DocumentJob;
import de.podium.documents.entity.DocumentKind;
import de.podium.registration.control.RegistrationErased;

/**
 * Documents forget an erased person: their badge print mark, and every finished badge run of the conference (which
 * may carry their name; runs do not record whom they printed), file and all. Badges can be printed anew.
 */
@ApplicationScoped
public class ErasedPeople {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    void forget(@Observes RegistrationErased erased) {
        em.createNativeQuery("DELETE FROM badge_print WHERE registration_id = ?1")
                .setParameter(1, erased.registrationId()).executeUpdate();
        for (DocumentJob job : em.createNamedQuery(DocumentJob.OF_CONFERENCE, DocumentJob.class)
                .setParameter("conference", erased.conferenceId()).getResultList()) {
            if (job.getKind() == DocumentKind.BADGES && job.getFilePath() != null) {
                delete(Path.of(job.getFilePath()));
                job.discardFile();
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
