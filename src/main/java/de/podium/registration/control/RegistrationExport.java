package de.podium.registration.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import de.podium.event.entity.Question;
import de.podium.platform.control.Texts;
import de.podium.registration.entity.Registration;

/**
 * The organizer's list as XLSX and CSV, in the organizer's language and the conference's local time.
 * XLSX cells are typed (number, date with a date format, text), so text is stored as text and never run as a
 * formula; the sheet prints on A4 landscape, one page wide, with the header row repeated, frozen and filtered.
 * CSV has no cell types: cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a leading
 * apostrophe there, a visible trade-off accepted for safety.
 */
@ApplicationScoped
public class RegistrationExport {

    @Inject
    Answers answers;

    private static final double MIN_WIDTH = 6;
    private static final double MAX_WIDTH = 48;

    public byte[] csv(List<Registration> registrations, Locale locale) {
        RegistrationTable table = table(registrations, locale);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(Texts.get(locale, "registration.export.dateTimePattern"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(writer)) {
            writer.write('\uFEFF');
            printer.printRecord(table.header());
            for (Registration r : registrations) {
                printer.printRecord(table.row(r).stream().map(cell -> csvCell(cell, format)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private RegistrationTable table(List<Registration> registrations, Locale locale) {
        List<Question> questions = registrations.isEmpty() ? List.of()
                : answers.questionsOf(registrations.get(0).getConference());
        return new RegistrationTable(locale, questions, answers.of(registrations));
    }

    private static String csvCell(Object cell, DateTimeFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDateTime time) {
            return format.format(time);
        }
        return neutralised(cell.toString());
    }

    public byte[] xlsx(List<Registration> registrations, Locale locale) {
        RegistrationTable table = table(registrations, locale);
        List<String> header = table.header();
        double[] widths = new double[header.size()];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Podium", "1.0");
            workbook.setGlobalDefaultFont("Arial", 10);
            Worksheet sheet = workbook.newWorksheet(Texts.get(locale, "registration.export.sheet"));
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().fillColor("D9E2F3").set();
                widths[c] = Math.max(widths[c], header.get(c).length() + 3);
            }
            String dateFormat = Texts.get(locale, "registration.export.dateTimeFormat");
            int line = 1;
            for (Registration r : registrations) {
                List<Object> cells = table.row(r);
                for (int c = 0; c < cells.size(); c++) {
                    widths[c] = Math.max(widths[c], write(sheet, line, c, cells.get(c), dateFormat));
                }
                line++;
            }
            layout(sheet, widths, line - 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return XlsxDimension.fixed(bytes.toByteArray(), registrations.size() + 1, header.size());
    }

    /** Writes one typed cell and answers the width it needs. */
    private static double write(Worksheet sheet, int row, int column, Object cell, String dateFormat) {
        if (cell == null) {
            return 0;
        }
        if (cell instanceof Number number) {
            sheet.value(row, column, number);
            return number.toString().length() + 1;
        }
        if (cell instanceof LocalDateTime time) {
            sheet.value(row, column, time);
            sheet.style(row, column).format(dateFormat).horizontalAlignment("left").set();
            return dateFormat.length() + 1;
        }
        String text = cell.toString();
        sheet.value(row, column, text);
        return text.length() + 1;
    }

    private static void layout(Worksheet sheet, double[] widths, int lastRow) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c])));
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, Math.max(lastRow, 1), widths.length - 1);
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0);
    }

    /** A cell a spreadsheet would evaluate is turned into text (CSV only: XLSX cells carry their type). */
    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
