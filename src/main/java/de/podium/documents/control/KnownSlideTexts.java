package de.podium.documents.control;

import java.util.List;

/**
 * The page texts of slide uploads read before: once after the upload, or by an earlier proceedings run. Reading
 * every slide's text was a third of the proceedings' time; a slide upload never changes, so once is enough.
 */
public interface KnownSlideTexts {

    /** Nothing known: every slide's text is read while writing. */
    KnownSlideTexts NONE = new KnownSlideTexts() {
        @Override
        public List<String> of(long slideId) {
            return null;
        }

        @Override
        public void remember(long slideId, List<String> texts) {
        }
    };

    /** The texts of the upload's pages in page order, or null when they have not been read. */
    List<String> of(long slideId);

    /**
     * Keeps texts read for the next run; kept texts are never replaced (an upload never changes). May fail, e.g. when
     * the upload was deleted meanwhile: callers carry on without.
     */
    void remember(long slideId, List<String> texts);
}
