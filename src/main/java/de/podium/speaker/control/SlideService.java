package de.podium.speaker.control;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.agenda.entity.Talk;
import de.podium.platform.control.PodiumException;
import de.podium.speaker.entity.Slide;

/**
 * Slides of a talk: uploaded by its speakers or the organizers until the conference's deadline, kept in
 * numbered versions. The body is streamed to a temporary file outside any transaction, so a slow upload holds
 * no database connection; only a complete file of a permitted type becomes a version.
 */
@ApplicationScoped
public class SlideService {

    @Inject
    SlideVersions versions;

    @Inject
    TalkAccess talks;

    @Inject
    SlideDeadlines deadlines;

    @Inject
    @ConfigProperty(name = "podium.slides.max-bytes", defaultValue = "52428800")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "podium.data.dir", defaultValue = "./data")
    String dataDir;

    /** Refuses before reading when the client announces too much. */
    public void checkAnnouncedSize(long contentLength) {
        if (contentLength > maxBytes + 64 * 1024) {
            throw tooLarge();
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Who may upload, and whether the deadline has passed, is decided before a single byte is read. */
    public void checkMayUpload(String slug, long talkId) {
        Talk talk = talks.forUploader(slug, talkId);
        deadlines.requireOpen(talk.getConference());
    }

    public Slide upload(String slug, long talkId, String filename, InputStream content, boolean publicAfterTalk) {
        return upload(slug, talkId, filename, content, publicAfterTalk, false);
    }

    /** @param overwriteConfirmed the speaker was told the latest version is someone else's and goes on */
    public Slide upload(String slug, long talkId, String filename, InputStream content, boolean publicAfterTalk,
                        boolean overwriteConfirmed) {
        checkMayUpload(slug, talkId);
        Path uploads = Path.of(dataDir, "uploads");
        SlideFiles.Received received = SlideFiles.receive(content, uploads, maxBytes);
        String type = SlideFiles.typeOf(received.file()).orElse(null);
        if (type == null) {
            SlideFiles.delete(received.file());
            throw new PodiumException.UnsupportedType("error.slides.type");
        }
        return versions.store(slug, talkId, received, type, safeName(filename, type), publicAfterTalk,
                overwriteConfirmed, uploads);
    }

    public List<Slide> versions(String slug, long talkId) {
        return versions.of(talks.forUploader(slug, talkId));
    }

    public Slide latest(String slug, long talkId) {
        return versions(slug, talkId).stream().findFirst()
                .orElseThrow(() -> new PodiumException.NotFound("error.slides.none", talkId));
    }

    public Slide version(String slug, long talkId, int version) {
        return versions(slug, talkId).stream().filter(s -> s.getVersion() == version).findFirst()
                .orElseThrow(() -> new PodiumException.NotFound("error.slides.unknownVersion", version));
    }

    /** Before uploading: the latest version, when it is another person's and the caller must confirm replacing it. */
    public Optional<Slide> othersLatest(String slug, long talkId) {
        return versions.othersLatest(talks.forUploader(slug, talkId));
    }

    public Slide release(String slug, long talkId, int version) {
        return versions.release(slug, talkId, version);
    }

    /** The released version of the talk's slides, else the latest; for callers that checked the organizer's right. */
    public Optional<Slide> forProceedings(Talk talk) {
        return versions.forProceedings(talk);
    }

    /** Every version of the talk's slides, newest first, for callers that checked the organizer's right. */
    public List<Slide> versions(Talk talk) {
        return versions.of(talk);
    }

    /** For the public talk page: the latest version its speaker released, once the talk has begun. */
    public Optional<Slide> publicSlidesOf(Talk talk) {
        return versions.publicSlidesOf(talk, Instant.now());
    }

    /** The released slides of a talk for its public page; empty while none are public or the talk is unknown. */
    public Optional<Slide> findPublicSlides(String slug, long talkId) {
        try {
            return publicSlidesOf(talks.ofConference(slug, talkId));
        } catch (PodiumException.NotFound e) {
            return Optional.empty();
        }
    }

    public Slide publicSlides(String slug, long talkId) {
        return publicSlidesOf(talks.ofConference(slug, talkId))
                .orElseThrow(() -> new PodiumException.NotFound("error.slides.notPublic", talkId));
    }

    static PodiumException tooLarge(long maxBytes) {
        return new PodiumException.TooLarge("error.slides.tooLarge", maxBytes / (1024 * 1024));
    }

    private PodiumException tooLarge() {
        return tooLarge(maxBytes);
    }

    static String extension(String type) {
        return switch (type) {
            case SlideFiles.PDF -> ".pdf";
            case SlideFiles.PPTX -> ".pptx";
            default -> ".odp";
        };
    }

    /**
     * The name offered for download: the last path segment of what the client sent, reduced to letters, digits
     * and a few marks, with the extension the content deserves. It never becomes a path on disk.
     */
    public static String safeName(String filename, String type) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("^[ ._-]+", "").strip();
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        if (name.isEmpty()) {
            name = "slides";
        }
        String ext = extension(type);
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? name : name + ext;
    }
}
