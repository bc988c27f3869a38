package de.podium.event.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.event.entity.Colour;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PublicContentChanged;
import de.podium.platform.control.Texts;
import de.podium.platform.control.UploadedImages;

/**
 * The organizer's branding of a conference: an accent colour for the header, links and buttons of its pages, its
 * mails and badges, and a logo. The colour is refused when white text on it (and it as text on white) would fall
 * below 4.5:1 (WCAG 2.1, 1.4.3), so no pick of an organizer makes a page unreadable.
 */
@ApplicationScoped
public class ConferenceBranding {

    static final double MIN_CONTRAST = 4.5;
    static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;
    static final int LOGO_MAX_EDGE = 600;

    @Inject
    ConferenceService conferences;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Inject
    @ConfigProperty(name = "podium.data.dir", defaultValue = "./data")
    String dataDir;

    public Conference forOrganizer(String slug) {
        return conferences.forOrganizer(slug);
    }

    /** A blank colour goes back to Podium's own. */
    @Transactional
    public Conference setAccent(String slug, String hex) {
        Conference conference = conferences.forOrganizer(slug);
        String typed = Texts.blankToNull(hex);
        String accent = null;
        if (typed != null) {
            if (!typed.strip().matches("#?[0-9a-fA-F]{6}")) {
                throw new PodiumException.Invalid("accentColour", "error.branding.colourFormat");
            }
            Colour colour = Colour.of(typed.strip());
            double contrast = colour.contrastWith(Colour.WHITE);
            if (contrast < MIN_CONTRAST) {
                throw new PodiumException.Invalid("accentColour", "error.branding.contrast", Math.floor(contrast * 10) / 10);
            }
            accent = colour.hex();
        }
        conference.setAccentColour(accent);
        publicChanges.fire(PublicContentChanged.content(slug));
        return conference;
    }

    /** JPEG or PNG, decoded and written anew as a picture of at most 600 pixels per edge. */
    @Transactional
    public Conference setLogo(String slug, InputStream content) {
        Conference conference = conferences.forOrganizer(slug);
        Path logos = Path.of(dataDir, "uploads", "logos");
        Path received = null;
        try {
            byte[] bytes = content.readNBytes((int) MAX_LOGO_BYTES + 1);
            if (bytes.length > MAX_LOGO_BYTES) {
                throw new PodiumException.TooLarge("error.branding.logoTooLarge", MAX_LOGO_BYTES / 1024 / 1024);
            }
            if (bytes.length == 0) {
                throw new PodiumException.Invalid("logo", "error.branding.logoMissing");
            }
            Files.createDirectories(logos);
            received = Files.createTempFile(logos, "upload-", ".tmp");
            Files.write(received, bytes);
            UploadedImages.Photo logo = UploadedImages.reencode(received, logos.resolve("conference-" + conference.getId()),
                    LOGO_MAX_EDGE);
            if (conference.getLogoPath() != null && !conference.getLogoPath().equals(logo.file().toString())) {
                deleteQuietly(Path.of(conference.getLogoPath()));
            }
            conference.setLogoPath(logo.file().toString());
            publicChanges.fire(PublicContentChanged.content(slug));
            return conference;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(received);
        }
    }

    @Transactional
    public Conference removeLogo(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        if (conference.getLogoPath() != null) {
            deleteQuietly(Path.of(conference.getLogoPath()));
            conference.setLogoPath(null);
            publicChanges.fire(PublicContentChanged.content(slug));
        }
        return conference;
    }

    /** The logo's public address (relative to the app), with a version so that caches show a new logo at once. */
    public static String logoUrl(Conference conference) {
        if (conference == null || conference.getLogoPath() == null) {
            return null;
        }
        Path file = Path.of(conference.getLogoPath());
        long version = Files.isRegularFile(file) ? file.toFile().lastModified() / 1000 : 0;
        return "/conferences/" + conference.getSlug() + "/logo?v=" + version;
    }

    /** The logo file of a conference, for anyone (it is shown on its public pages). */
    public Optional<Path> logo(String slug) {
        return conferences.findBySlug(slug).map(Conference::getLogoPath).map(Path::of).filter(Files::isRegularFile);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stale temporary file under the data directory does no harm
            }
        }
    }
}
