package de.podium.documents.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.podium.documents.entity.DocumentJob;
import de.podium.documents.entity.DocumentKind;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.BackgroundWork;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.entity.Registration;
import de.podium.event.control.ConferenceAccess;

/**
 * Big documents in the background: data and rights are settled in the request, the PDF is written afterwards
 * ({@link BackgroundWork}) into a temporary file that becomes the job's file only when complete.
 */
@ApplicationScoped
public class DocumentJobs {

    private static final Logger LOG = Logger.getLogger(DocumentJobs.class.getName());
    private static final int BADGE_PROGRESS_STEP = 100;

    @Inject
    SlidePageTextStore slideTexts;

    @Inject
    BackgroundWork background;

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceAccess access;

    @Inject
    JobStore store;

    @Inject
    PeopleSelection people;

    @Inject
    Proceedings proceedings;

    @Inject
    DocumentFiles files;

    public DocumentJob start(String slug, String kindName, String layoutName, BadgeFilter filter, Locale locale) {
        Conference conference = conferences.forOrganizer(slug);
        String by = access.requireSignedIn().getEmail();
        DocumentKind kind = kind(kindName);
        if (kind == DocumentKind.BADGES) {
            BadgeLayout layout = Documents.layout(layoutName);
            List<Registration> selected = people.forBadges(conference, filter);
            List<BadgeData> badges = selected.stream().map(r -> Documents.badge(r, locale)).toList();
            List<Long> ids = selected.stream().map(Registration::getId).toList();
            String title = Texts.get(locale, "documents.badges.title", conference.getTitle());
            String empty = Texts.get(locale, "documents.badges.empty");
            DocumentJob job = store.create(conference.getId(), kind, "layout=" + layout + ";" + filter.describe(), by);
            background.run(() -> run(job.getId(), badges.size(), out -> {
                try (BadgeWriter writer = new BadgeWriter(out, layout, conference.getTitle(), title, empty,
                    conference.getAccentColour(), conference.getLogoPath() == null ? null : java.nio.file.Path.of(conference.getLogoPath()))) {
                    for (BadgeData badge : badges) {
                        writer.add(badge);
                        if (writer.count() % BADGE_PROGRESS_STEP == 0) {
                            store.progress(job.getId(), writer.count());
                        }
                    }
                }
                people.markPrinted(conference, ids);
                return "";
            }));
            return job;
        }
        ProceedingsContent content = proceedings.content(conference, locale);
        DocumentJob job = store.create(conference.getId(), kind, "talks=" + content.talks().size(), by);
        background.run(() -> run(job.getId(), content.talks().size(), out -> {
            Path work = files.workDirectory();
            try {
                List<String> notes = new ProceedingsWriter(content, n -> store.progress(job.getId(), n), slideTexts).write(out, work);
                return String.join("\n", notes);
            } finally {
                files.deleteTree(work);
            }
        }));
        return job;
    }

    @FunctionalInterface
    interface Work {
        String write(OutputStream out) throws IOException;
    }

    private void run(long id, int total, Work work) {
        Path target = files.jobFile(id);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            store.started(id, total);
            Files.createDirectories(target.getParent());
            String report;
            try (OutputStream out = Files.newOutputStream(partial)) {
                report = work.write(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            store.finished(id, target.toString(), report);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "document job " + id + " failed", e);
            files.deleteTree(partial);
            store.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public List<DocumentJob> list(String slug) {
        return store.ofConference(conferences.forOrganizer(slug).getId());
    }

    public DocumentJob job(String slug, long id) {
        return store.of(conferences.forOrganizer(slug).getId(), id);
    }

    /** The finished file; 409 while the run is not done. */
    public Path file(String slug, long id) {
        DocumentJob job = job(slug, id);
        if (job.getFilePath() == null || !Files.exists(Path.of(job.getFilePath()))) {
            throw new PodiumException.Conflict("not_done", "error.documents.job.notDone", id);
        }
        return Path.of(job.getFilePath());
    }

    private static DocumentKind kind(String name) {
        try {
            return DocumentKind.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PodiumException.Invalid("kind", "error.documents.kind", name);
        }
    }
}
