package de.podium.documents.control;

import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/**
 * Drawing outside the layout engine in a tagged document: page furniture (footers, frames, rules) is marked
 * as an artifact so that screen readers skip it and PDF/UA validators do not find untagged content. In an
 * untagged document (badges) the marks are harmless.
 */
public final class TaggedCanvas {

    private TaggedCanvas() {
    }

    public static void artifact(PdfCanvas canvas, Runnable drawing) {
        canvas.openTag(new CanvasArtifact());
        drawing.run();
        canvas.closeTag();
    }
}
