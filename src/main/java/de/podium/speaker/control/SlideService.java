package de.podium.speaker.control;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.security.control.ConferenceAccess;
import de.podium.security.entity.Account;
import de.podium.speaker.entity.Slide;
import de.podium.speaker.entity.Speaker;

/** Slides of a talk: uploaded by its speakers or the organizers, kept in numbered versions. */
@ApplicationScoped
public class SlideService {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceAccess access;

    @Inject
    @ConfigProperty(name = "podium.slides.max-bytes", defaultValue = "52428800")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "podium.data.dir", defaultValue = "./data")
    String dataDir;

    /** Refuses before reading when the client announces too much. */
    public void checkAnnouncedSize(long contentLength) {
        if (contentLength > maxBytes + 64 * 1024) {
            throw new PodiumException.TooLarge("error.slides.tooLarge", maxBytes / (1024 * 1024));
        }
    }

    @Transactional
    public Slide upload(String slug, long talkId, String filename, InputStream content) {
        Talk talk = talkForUploader(slug, talkId);
        Path uploads = Path.of(dataDir, "uploads");
        SlideFiles.Received received = SlideFiles.receive(content, uploads, maxBytes);
        String type = SlideFiles.typeOf(received.file()).orElse(null);
        if (type == null) {
            SlideFiles.delete(received.file());
            throw new PodiumException.UnsupportedType("error.slides.type");
        }
        int version = versions(talk).stream().mapToInt(Slide::getVersion).max().orElse(0) + 1;
        Path target = uploads.resolve("slides").resolve(Long.toString(talk.getId()))
                .resolve(version + "-" + received.sha256() + extension(type));
        Path stored = SlideFiles.moveIntoPlace(received, target);
        Slide slide = new Slide(talk, version, safeName(filename, type), type, received.size(), received.sha256(),
                stored.toString(), access.requireSignedIn().getEmail());
        try {
            em.persist(slide);
            em.flush();
        } catch (RuntimeException e) {
            SlideFiles.delete(stored);
            throw e;
        }
        return slide;
    }

    public List<Slide> versions(Talk talk) {
        return em.createNamedQuery(Slide.OF_TALK, Slide.class).setParameter("talk", talk).getResultList();
    }

    public Slide latest(String slug, long talkId) {
        Talk talk = talkForUploader(slug, talkId);
        return versions(talk).stream().findFirst()
                .orElseThrow(() -> new PodiumException.NotFound("error.slides.none", talkId));
    }

    /** The talk's own speakers (through their account) and the conference's organizers may upload. */
    private Talk talkForUploader(String slug, long talkId) {
        Conference conference = conferences.bySlug(slug);
        Talk talk = em.find(Talk.class, talkId);
        if (talk == null || !talk.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.agenda.unknownTalk", talkId);
        }
        Account caller = access.requireSignedIn();
        boolean ownTalk = talk.getSpeakers().stream().map(Speaker::getAccount)
                .anyMatch(a -> a != null && a.getId().equals(caller.getId()));
        if (!ownTalk && !access.mayOrganise(conference)) {
            throw new PodiumException.Forbidden("forbidden", "error.slides.forbidden");
        }
        return talk;
    }

    private static String extension(String type) {
        return switch (type) {
            case SlideFiles.PDF -> ".pdf";
            case SlideFiles.PPTX -> ".pptx";
            default -> ".odp";
        };
    }

    private static String safeName(String filename, String type) {
        String name = filename == null ? "" : Path.of(filename.replace('\\', '/')).getFileName().toString();
        name = name.replaceAll("[\\r\\n\"]", "").strip();
        if (name.isEmpty()) {
            name = "slides";
        }
        String ext = extension(type);
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? name : name + ext;
    }
}
