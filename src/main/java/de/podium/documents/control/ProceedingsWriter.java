package de.podium.documents.control;

import static de.podium.documents.control.BadgeLayout.mm;

import java.io.OutputStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.navigation.PdfStringDestination;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import de.podium.speaker.control.SlideFiles;

import de.podium.platform.control.Texts;

/**
 * The proceedings as PDF/A-2a and PDF/UA-1: cover, contents, programme, then per talk its page and its slides
 * (each slide page a figure with alternative text and, where it has any, its text). Breaks are in the
 * programme only. Pages are
 * flushed as they fill, except the pages kept free behind the cover for the contents: their length is known in
 * advance (fixed rows per page), the page numbers they list only at the end.
 */
public final class ProceedingsWriter {

    private static final int TOC_ROWS_PER_PAGE = 22;
    private static final float TOC_ROW = mm(10);

    private final ProceedingsContent content;
    private final IntConsumer progress;
    private final List<String> notes = new ArrayList<>();
    private final Locale locale;
    private final KnownSlideTexts knownTexts;

    public ProceedingsWriter(ProceedingsContent content, IntConsumer progress) {
        this(content, progress, KnownSlideTexts.NONE);
    }

    /** With the slides' page texts read before, where known; those read while writing are kept there. */
    public ProceedingsWriter(ProceedingsContent content, IntConsumer progress, KnownSlideTexts knownTexts) {
        this.content = content;
        this.locale = content.locale();
        this.progress = progress;
        this.knownTexts = knownTexts;
    }

    /** Writes the document; returns the notes for the job report (slides left out and why). */
    public List<String> write(OutputStream out, Path workDir) {
        String title = Texts.get(locale, "documents.proceedings.title", PdfText.clean(content.conference()));
        PublishedPdf pdf = PdfA.open(out, title, Tags.language(locale), content.organizer());
        PdfFonts fonts = new PdfFonts(pdf);
        List<ProceedingsContent.TalkEntry> withPages = content.talks().stream().filter(t -> !t.isBreak()).toList();
        int tocPages = Math.max(1, (withPages.size() + 1 + TOC_ROWS_PER_PAGE - 1) / TOC_ROWS_PER_PAGE);
        PageFooter footer = PageFooter.install(pdf, fonts, locale, title, n -> n == 1 ? 0 : n);
        List<Integer> startPages = new ArrayList<>();
        int agendaPage;
        Document doc = fonts.apply(new Document(pdf, PageSize.A4, true));
        doc.setMargins(mm(20), mm(20), mm(22), mm(20));
        cover(doc);
        // the contents are written last, on pages kept free behind the cover, and their structure goes in there too
        int contentsTagIndex = new TagTreePointer(pdf).getKidsRoles().size();
        List<PdfPage> reserved = new ArrayList<>();
        for (int p = 0; p < tocPages; p++) {
            doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            reserved.add(pdf.getLastPage());
            footer.numberedElsewhere(pdf.getLastPage());
        }
        doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        agendaPage = heading(doc, Texts.get(locale, "documents.proceedings.agenda"), "agenda");
        doc.add(agenda());
        PdfOutline root = pdf.getOutlines(false);
        root.addOutline(Texts.get(locale, "documents.proceedings.agenda")).addDestination(new PdfStringDestination("agenda"));
        int done = 0;
        int flushed = 0;
        for (ProceedingsContent.TalkEntry talk : withPages) {
            doc.add(new AreaBreak(new PageSize(PageSize.A4)));
            startPages.add(doc.getRenderer().getCurrentArea().getPageNumber());
            root.addOutline(PdfText.clean(talk.title())).addDestination(new PdfStringDestination(talk.destination()));
            doc.add(talkPage(talk));
            slides(doc, pdf, talk, workDir);
            flushed = flushFinishedPages(doc, flushed, reserved);
            progress.accept(++done);
        }
        doc.flush();
        contents(pdf, fonts, footer, reserved, withPages, agendaPage, startPages, contentsTagIndex);
        pdf.close();
        return notes;
    }

    private void cover(Document doc) {
        doc.add(new Paragraph(Texts.get(locale, "documents.proceedings.cover"))
                .setFontSize(14).setFontColor(new DeviceGray(0.35f)).setMarginTop(mm(50)));
        doc.add(Tags.heading(bold(new Paragraph(PdfText.clean(content.conference())).setFontSize(28)), 1));
        if (!PdfText.clean(content.subtitle()).isEmpty()) {
            doc.add(new Paragraph(PdfText.clean(content.subtitle())).setFontSize(15));
        }
        doc.add(new Paragraph(PdfText.clean(content.dates()) + " · " + PdfText.clean(content.place())).setFontSize(13).setMarginTop(mm(10)));
        doc.add(new Paragraph(PdfText.clean(content.organizer())).setFontSize(13));
        doc.add(new Paragraph(PdfText.clean(content.edition())).setFontSize(9).setFontColor(new DeviceGray(0.4f))
                .setFixedPosition(mm(20), mm(25), PageSize.A4.getWidth() - mm(40)));
    }

    /** A heading that is also the named destination of bookmarks and contents links; returns its page. */
    private static int heading(Document doc, String text, String destination) {
        doc.add(heading(text, destination));
        return doc.getRenderer().getCurrentArea().getPageNumber();
    }

    private static Paragraph heading(String text, String destination) {
        return Tags.heading(bold(new Paragraph(text)).setFontSize(18).setDestination(destination).setMarginBottom(mm(4)), 2);
    }

    private Table agenda() {
        Table table = new Table(UnitValue.createPercentArray(new float[] {26, 46, 28})).useAllAvailableWidth();
        for (String key : new String[] {"when", "item", "speakers"}) {
            table.addHeaderCell(Tags.columnHeader(new Cell().add(bold(new Paragraph(Texts.get(locale, "documents.proceedings.column." + key))))
                    .setFontSize(8).setBackgroundColor(new DeviceGray(0.9f))));
        }
        for (ProceedingsContent.TalkEntry t : content.talks()) {
            table.addCell(new Cell().add(new Paragraph(PdfText.clean(t.when()))).setFontSize(8));
            table.addCell(new Cell().add(bold(new Paragraph(PdfText.clean(t.title())))).setFontSize(9));
            table.addCell(new Cell().add(new Paragraph(PdfText.clean(String.join(", ", t.speakers())))).setFontSize(8));
        }
        return table;
    }

    /**
     * The talk's own page as one section: layout keeps the tagging hints of everything added directly to the
     * document until the end and walks them at every page, so one element per talk keeps that walk short.
     */
    private Div talkPage(ProceedingsContent.TalkEntry talk) {
        Div section = Tags.section(new Div());
        section.add(heading(PdfText.clean(talk.title()), talk.destination()));
        section.add(new Paragraph(PdfText.clean(talk.when())).setFontSize(10).setFontColor(new DeviceGray(0.3f)));
        if (!talk.speakers().isEmpty()) {
            section.add(Tags.heading(bold(new Paragraph(Texts.get(locale, "documents.proceedings.speakers"))).setFontSize(11).setMarginTop(mm(4)), 3));
            com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List().setListSymbol("–").setSymbolIndent(mm(2));
            talk.speakers().forEach(s -> list.add(new ListItem(PdfText.clean(s))));
            section.add(list.setFontSize(11));
        }
        String summary = PdfText.cleanParagraphs(talk.summary());
        if (!summary.isEmpty()) {
            section.add(Tags.heading(bold(new Paragraph(Texts.get(locale, "documents.proceedings.abstract"))).setFontSize(11).setMarginTop(mm(6)), 3));
            for (String paragraph : summary.split("\n\n")) {
                section.add(new Paragraph(paragraph).setFontSize(11).setTextAlignment(TextAlignment.JUSTIFIED));
            }
        }
        return section;
    }

    private void slides(Document doc, PublishedPdf pdf, ProceedingsContent.TalkEntry talk, Path workDir) {
        Path file = talk.slides();
        if (file == null) {
            note(doc, Texts.get(locale, "documents.proceedings.slidesNone"));
            return;
        }
        if (!SlideFiles.PDF.equals(talk.slidesType())) {
            file = SlideImport.officeInstalled() ? SlideImport.convert(file, workDir.resolve("talk-" + talk.id())) : null;
            if (file == null) {
                String reason = SlideImport.officeInstalled() ? Texts.get(locale, "documents.proceedings.reason.conversion") : null;
                note(doc, reason == null ? Texts.get(locale, "documents.proceedings.slidesOnline")
                        : Texts.get(locale, "documents.proceedings.slidesSkipped", reason));
                notes.add(PdfText.clean(talk.title()) + ": " + (reason == null ? "PPTX/ODP, LibreOffice not installed" : reason));
                return;
            }
        }
        SlideImport.Opened opened = SlideImport.open(file);
        if (!opened.usable()) {
            String reason = Texts.get(locale, opened.reasonKey(), opened.detail());
            note(doc, Texts.get(locale, "documents.proceedings.slidesSkipped", reason));
            notes.add(PdfText.clean(talk.title()) + ": " + reason);
            return;
        }
        try (PdfDocument source = opened.document()) {
            String speakers = PdfText.clean(String.join(", ", talk.speakers()));
            String about = speakers.isEmpty() ? PdfText.clean(talk.title()) : PdfText.clean(talk.title()) + ", " + speakers;
            // numbers as strings: MessageFormat would make a NumberFormat for each of thousands of slides
            String count = String.valueOf(source.getNumberOfPages());
            MessageFormat alternative = Texts.message(locale, "documents.proceedings.slideAlt");
            doc.flush();
            // an upload's own PDF never changes; a document converted from a presentation is made anew each run
            boolean uploadedPdf = talk.slideId() > 0 && SlideFiles.PDF.equals(talk.slidesType());
            List<String> known = uploadedPdf ? known(talk.slideId()) : null;
            List<String> texts = new SlidePages(pdf).add(source,
                    i -> alternative.format(new Object[] {String.valueOf(i), count, about}), known);
            if (uploadedPdf && known == null) {
                remember(talk.slideId(), texts);
            }
        } catch (java.io.IOException | RuntimeException e) {
            String reason = Texts.get(locale, "documents.proceedings.reason.broken");
            note(doc, Texts.get(locale, "documents.proceedings.slidesSkipped", reason));
            notes.add(PdfText.clean(talk.title()) + ": " + reason);
        }
    }

    /** The texts read before, or null: if they cannot be looked up, the slides' text is read here. */
    private List<String> known(long slideId) {
        try {
            return knownTexts.of(slideId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void remember(long slideId, List<String> texts) {
        try {
            knownTexts.remember(slideId, texts);
        } catch (RuntimeException e) {
            // the texts are read again next time; the document does not depend on keeping them
        }
    }

    /**
     * Writes out the pages before the one being laid out (the slide pages behind it are written out as they are
     * drawn), so that memory stays flat however many talks there are (with PDF/A, iText otherwise keeps every
     * page, its copied slide and its content until the end). Their footers are drawn now, numbered as if the
     * contents were already in front, as the footer expects.
     */
    private static int flushFinishedPages(Document doc, int flushed, List<PdfPage> reserved) {
        PdfDocument pdf = doc.getPdfDocument();
        int current = doc.getRenderer().getCurrentArea().getPageNumber();
        for (int n = flushed + 1; n < current; n++) {
            PdfPage page = pdf.getPage(n);
            if (!page.isFlushed() && !reserved.contains(page)) {
                // the structure elements whose content is all on this page go out with it: without this the tag
                // tree of every talk stays in memory until the end (heap grew 2 x from 50 to 200 talks)
                Tags.flushPage(page);
            }
        }
        return Math.max(flushed, current - 1);
    }

    private static void note(Document doc, String text) {
        doc.add(new Paragraph(text).setFontSize(10).setMarginTop(mm(8)).setFontColor(new DeviceGray(0.3f)));
    }

    /**
     * Contents on pages of their own, added last; each row is a link to the talk's page. Its structure (a
     * heading and a TOC of TOCI/Link entries) goes in right after the cover, where the pages end up.
     */
    private void contents(PdfDocument pdf, PdfFonts fonts, PageFooter footer, List<PdfPage> reserved,
                          List<ProceedingsContent.TalkEntry> talks, int agendaPage, List<Integer> pages, int tagIndex) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Texts.get(locale, "documents.proceedings.agenda"), String.valueOf(agendaPage), "agenda"});
        for (int i = 0; i < talks.size(); i++) {
            ProceedingsContent.TalkEntry t = talks.get(i);
            rows.add(new String[] {PdfText.clean(t.title()), String.valueOf(pages.get(i)), t.destination()});
        }
        TagTreePointer tags = new TagTreePointer(pdf);
        for (int p = 0; p < reserved.size(); p++) {
            PdfPage page = reserved.get(p);
            page.setTabOrder(PdfName.S);
            tags.setPageForTagging(page);
            PdfCanvas canvas = new PdfCanvas(page);
            TextBox text = new TextBox(fonts, canvas);
            float top = PageSize.A4.getHeight() - mm(20);
            if (p == 0) {
                tags.setNextNewKidIndex(tagIndex);
                tags.addTag(StandardRoles.H2);
                canvas.openTag(tags.getTagReference());
                text.draw(Texts.get(locale, "documents.proceedings.toc"), new Rectangle(mm(20), top - mm(12), mm(170), mm(12)), 18, true,
                        ColorConstants.BLACK, TextAlignment.LEFT);
                canvas.closeTag();
                tags.moveToParent().setNextNewKidIndex(tagIndex + 1);
                tags.addTag(StandardRoles.TOC);
            }
            top -= mm(16);
            for (int r = p * TOC_ROWS_PER_PAGE; r < Math.min(rows.size(), (p + 1) * TOC_ROWS_PER_PAGE); r++) {
                String[] row = rows.get(r);
                Rectangle line = new Rectangle(mm(20), top - TOC_ROW, mm(170), TOC_ROW);
                PdfLinkAnnotation link = new PdfLinkAnnotation(line).setAction(PdfAction.createGoTo(row[2]));
                link.setFlags(PdfAnnotation.PRINT);
                link.setBorder(new PdfArray(new float[] {0, 0, 0}));
                link.setContents(new PdfString(row[0]));
                page.addAnnotation(-1, link, false);
                tags.addTag(StandardRoles.TOCI).addTag(StandardRoles.LINK);
                canvas.openTag(tags.getTagReference());
                text.draw(row[0], new Rectangle(line.getLeft(), line.getBottom() + mm(0.5f), mm(150), TOC_ROW - mm(1)), 10.5f, false,
                        ColorConstants.BLACK, TextAlignment.LEFT);
                text.draw(row[1], new Rectangle(line.getRight() - mm(18), line.getBottom() + mm(0.5f), mm(18), TOC_ROW - mm(1)), 10.5f, false,
                        ColorConstants.BLACK, TextAlignment.RIGHT);
                canvas.closeTag();
                tags.addAnnotationTag(link);
                tags.moveToParent().moveToParent();
                top -= TOC_ROW;
            }
            footer.drawOn(pdf, page, 2 + p);
        }
    }

    private static Paragraph bold(Paragraph p) {
        p.setProperty(Property.FONT_WEIGHT, "bold");
        return p;
    }
}
