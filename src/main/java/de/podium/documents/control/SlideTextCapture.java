package de.podium.documents.control;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;

import de.podium.platform.control.BackgroundWork;
import de.podium.speaker.control.SlideFiles;
import de.podium.speaker.control.SlideStored;

/**
 * Reads a PDF upload's page texts once, after the upload is committed and outside the request, for the proceedings'
 * figures. A file that cannot be read leaves nothing behind: the proceedings read it themselves (and say why they
 * leave it out).
 */
@ApplicationScoped
public class SlideTextCapture {

    private static final Logger LOG = Logger.getLogger(SlideTextCapture.class.getName());

    @Inject
    BackgroundWork background;

    @Inject
    SlidePageTextStore store;

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlideStored upload) {
        if (SlideFiles.PDF.equals(upload.contentType())) {
            background.run(() -> read(upload));
        }
    }

    private void read(SlideStored upload) {
        try (PdfDocument slides = new PdfDocument(new PdfReader(upload.file().toFile()))) {
            store.remember(upload.slideId(), SlideText.pagesOf(slides));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Text of slide upload " + upload.slideId() + " not read", e);
        }
    }
}
