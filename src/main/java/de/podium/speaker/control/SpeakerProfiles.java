package de.podium.speaker.control;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.Availabilities;
import de.podium.agenda.entity.Availability;
import de.podium.agenda.entity.Speaker;
import de.podium.event.control.ConferenceAccess;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.platform.control.UploadedImages;
import de.podium.platform.entity.Salutation;
import de.podium.security.entity.Account;

/**
 * The signed-in speaker's own profile in one conference: protocol data, sanitised bios, photo and availability.
 * Being linked to a speaker of the conference is the per-conference SPEAKER right; anyone else gets 403.
 */
@ApplicationScoped
public class SpeakerProfiles {

    static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    Availabilities availabilities;

    @Inject
    @ConfigProperty(name = "podium.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "podium.speaker.photo.max-edge", defaultValue = "600")
    int photoMaxEdge;

    public Speaker mine(String slug) {
        Conference conference = conferences.bySlug(slug);
        Account me = access.requireSignedIn();
        return em.createQuery("SELECT s FROM Speaker s WHERE s.conference = :conference AND s.account = :account",
                        Speaker.class)
                .setParameter("conference", conference).setParameter("account", me).getResultStream().findFirst()
                .orElseThrow(() -> new PodiumException.Forbidden("forbidden", "error.speaker.notSpeaker", slug));
    }

    @Transactional
    public Speaker update(String slug, ProfileData data) {
        validator.check(data == null ? new ProfileData() : data);
        Speaker speaker = em.merge(mine(slug));
        speaker.setSalutation(Salutation.of(data.salutation));
        speaker.setTitle(Texts.blankToNull(data.title));
        speaker.rename(data.firstName.strip(), data.lastName.strip());
        speaker.setOffice(Texts.blankToNull(data.office));
        speaker.setOrganisation(Texts.blankToNull(data.organisation));
        speaker.setBioDe(BioSanitizer.sanitise(data.bioDe));
        speaker.setBioEn(BioSanitizer.sanitise(data.bioEn));
        if (data.publicProfile != null) {
            speaker.setPublicProfile(data.publicProfile);
        }
        return speaker;
    }

    @Transactional
    public UploadedImages.Photo setPhoto(String slug, InputStream content) {
        Speaker speaker = em.merge(mine(slug));
        Path uploads = Path.of(dataDir, "uploads");
        SlideFiles.Received received = SlideFiles.receive(content, uploads, MAX_PHOTO_BYTES,
                "error.speaker.photoTooLarge");
        try {
            UploadedImages.Photo photo = UploadedImages.reencode(received.file(),
                    uploads.resolve("photos").resolve("speaker-" + speaker.getId()), photoMaxEdge);
            if (speaker.getPhotoPath() != null && !speaker.getPhotoPath().equals(photo.file().toString())) {
                SlideFiles.delete(Path.of(speaker.getPhotoPath()));
            }
            speaker.setPhotoPath(photo.file().toString());
            return photo;
        } finally {
            SlideFiles.delete(received.file());
        }
    }

    /** Speakers' photos are published with the programme. */
    public Optional<Path> photoOf(String slug, long speakerId) {
        Conference conference = conferences.bySlug(slug);
        Speaker speaker = em.find(Speaker.class, speakerId);
        if (speaker == null || !speaker.getConference().getId().equals(conference.getId())
                || speaker.getPhotoPath() == null) {
            return Optional.empty();
        }
        return Optional.of(Path.of(speaker.getPhotoPath()));
    }

    public List<Availability> availability(String slug) {
        return em.createQuery("SELECT a FROM Availability a WHERE a.speaker = :speaker ORDER BY a.window.startsAt",
                Availability.class).setParameter("speaker", mine(slug)).getResultList();
    }

    /** The profile page's one save: profile and availability together, or neither when either is refused. */
    @Transactional
    public Speaker update(String slug, ProfileData data, List<AgendaData.WindowData> windows) {
        Speaker speaker = update(slug, data);
        setAvailability(slug, windows);
        return speaker;
    }

    @Transactional
    public List<Availability> setAvailability(String slug, List<AgendaData.WindowData> windows) {
        return availabilities.replace(em.merge(mine(slug)), windows);
    }
}
