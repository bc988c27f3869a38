package de.podium.documents.control;

import static de.podium.documents.control.BadgeLayout.mm;

import java.io.OutputStream;
import java.util.Locale;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.UnitValue;

import de.podium.platform.control.Texts;

/**
 * The participant list (PDF/A-2a, PDF/UA-1: a heading, a table with column headers) as a table whose rows are written out in batches (iText's large-table mode), so a long
 * list does not sit in memory; the header row repeats on every page.
 */
public final class ParticipantListWriter implements AutoCloseable {

    private static final int BATCH = 50;

    private final PdfDocument pdf;
    private final Document doc;
    private final Table table;
    private final Locale locale;
    private int rows;

    public ParticipantListWriter(OutputStream out, Locale locale, String conference, String asOf) {
        this.locale = locale;
        String title = Texts.get(locale, "documents.participants.title", PdfText.clean(conference));
        this.pdf = PdfA.open(out, title, Tags.language(locale), null);
        PdfFonts fonts = new PdfFonts(pdf);
        PageFooter.install(pdf, fonts, locale, title, n -> n);
        this.doc = fonts.apply(new Document(pdf, PageSize.A4));
        doc.setMargins(mm(20), mm(18), mm(20), mm(18));
        doc.add(Tags.heading(bold(new Paragraph(title).setFontSize(16)), 1));
        doc.add(new Paragraph(Texts.get(locale, "documents.participants.note", asOf)).setFontSize(9)
                .setFontColor(new DeviceGray(0.3f)));
        table = new Table(UnitValue.createPercentArray(new float[] {34, 36, 30}), true).useAllAvailableWidth();
        for (String key : new String[] {"name", "office", "organisation"}) {
            table.addHeaderCell(Tags.columnHeader(new Cell().add(bold(new Paragraph(Texts.get(locale, "documents.participants." + key))))
                    .setFontSize(9).setBackgroundColor(new DeviceGray(0.9f))));
        }
        doc.add(table);
    }

    public void add(String name, String office, String organisation) {
        table.addCell(cell(name, true));
        table.addCell(cell(office, false));
        table.addCell(cell(organisation, false));
        if (++rows % BATCH == 0) {
            table.flush();
        }
    }

    private static Cell cell(String text, boolean strong) {
        Paragraph p = new Paragraph(PdfText.clean(text)).setFontSize(9);
        return new Cell().add(strong ? bold(p) : p);
    }

    private static Paragraph bold(Paragraph p) {
        p.setProperty(Property.FONT_WEIGHT, "bold");
        return p;
    }

    @Override
    public void close() {
        if (rows == 0) {
            table.addCell(new Cell(1, 3).add(new Paragraph(Texts.get(locale, "documents.participants.empty")).setFontSize(9)));
        }
        table.complete();
        doc.close();
    }
}
