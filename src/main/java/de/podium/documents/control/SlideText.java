package de.podium.documents.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;

/**
 * The text of one slide document's pages, for screen readers. One parser per document: it keeps the fonts it
 * has read, so a font used on every slide is decoded once, not once per page.
 */
final class SlideText {

    private static final int MAX = 4000;

    private final Listener listener = new Listener();
    private final PdfCanvasProcessor processor = new PdfCanvasProcessor(listener);

    /** Every page's text in page order. */
    static List<String> pagesOf(PdfDocument slides) {
        SlideText reader = new SlideText();
        List<String> texts = new ArrayList<>(slides.getNumberOfPages());
        for (int i = 1; i <= slides.getNumberOfPages(); i++) {
            texts.add(reader.of(slides.getPage(i)));
        }
        return texts;
    }

    /** At most 4,000 characters; empty when the page has none or cannot be read. */
    String of(PdfPage page) {
        LocationTextExtractionStrategy strategy = new LocationTextExtractionStrategy();
        listener.target = strategy;
        try {
            processor.reset();
            processor.processPageContent(page);
            String text = PdfText.clean(strategy.getResultantText());
            return text.length() > MAX ? text.substring(0, MAX) : text;
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * The processor's listener is fixed at construction; each page gets a fresh strategy behind it. It asks for
     * text only (the strategy ignores everything else): the processor then neither builds paths nor decodes
     * images, which slides have plenty of.
     */
    private static final class Listener implements IEventListener {
        private static final Set<EventType> TEXT = Set.of(EventType.RENDER_TEXT);

        private IEventListener target;

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            target.eventOccurred(data, type);
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return TEXT;
        }
    }
}
