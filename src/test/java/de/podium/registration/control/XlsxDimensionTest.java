package de.podium.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

class XlsxDimensionTest {

    @Test
    void columnsAreNamedLikeSpreadsheetsNameThem() {
        assertEquals("A", XlsxDimension.column(0));
        assertEquals("N", XlsxDimension.column(13));
        assertEquals("Z", XlsxDimension.column(25));
        assertEquals("AA", XlsxDimension.column(26));
        assertEquals("BA", XlsxDimension.column(52));
    }

    @Test
    void aFastexcelSheetGetsItsRealDimensionAndStaysReadable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "Podium", "1.0");
        Worksheet sheet = workbook.newWorksheet("Anmeldungen");
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 14; column++) {
                sheet.value(row, column, "Zelle " + row + "/" + column);
            }
        }
        workbook.finish();
        byte[] fixed = XlsxDimension.fixed(bytes.toByteArray(), 3, 14);
        String xml = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(fixed))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(xml != null && xml.contains("<dimension ref=\"A1:N3\"/>"), String.valueOf(xml));
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(fixed))) {
            assertEquals(3, read.getFirstSheet().read().size());
        }
    }
}
