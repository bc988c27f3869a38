package de.podium.registration.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import de.podium.platform.control.Texts;
import de.podium.registration.entity.Registration;

/**
 * The organizer's list as CSV (UTF-8 with BOM and semicolons, so Excel and LibreOffice keep umlauts and ß)
 * and XLSX. Cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a leading apostrophe.
 */
@ApplicationScoped
public class RegistrationExport {

    private static final List<String> COLUMNS = List.of("id", "status", "category", "title", "firstName", "lastName",
            "office", "organisation", "email", "locale", "listInParticipants", "createdAt", "confirmedAt", "checkedInAt");

    public byte[] csv(List<Registration> registrations, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(writer)) {
            writer.write('\uFEFF');
            printer.printRecord(header(locale));
            for (Registration r : registrations) {
                printer.printRecord(row(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx(List<Registration> registrations, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Podium", "1.0");
            Worksheet sheet = workbook.newWorksheet(Texts.get(locale, "registration.export.sheet"));
            List<String> header = header(locale);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int line = 1;
            for (Registration r : registrations) {
                List<String> cells = row(r);
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(line, c, cells.get(c));
                }
                line++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> header(Locale locale) {
        return COLUMNS.stream().map(c -> Texts.get(locale, "registration.column." + c)).toList();
    }

    private static List<String> row(Registration r) {
        return List.of(String.valueOf(r.getId()), r.getStatus().name(), r.getCategory().getCode(),
                        text(r.getName().getTitle()), text(r.getName().getFirstName()), text(r.getName().getLastName()),
                        text(r.getOffice()), text(r.getOrganisation()), text(r.getEmail()), text(r.getLocale()),
                        String.valueOf(r.isListInParticipants()), text(r.getCreatedAt()), text(r.getConfirmedAt()),
                        text(r.getCheckedInAt()))
                .stream().map(RegistrationExport::neutralised).toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A cell a spreadsheet would evaluate is turned into text. */
    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
