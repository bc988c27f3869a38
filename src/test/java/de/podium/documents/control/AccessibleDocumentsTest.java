package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Vera;

import com.itextpdf.kernel.pdf.PdfDocument;

/**
 * Participant list, certificates (both languages) and proceedings with a merged slide PDF are tagged: the
 * structure tree read back has headings, table headers with a scope and figures with alternative text, names
 * with diacritics are found by text extraction, and veraPDF accepts PDF/UA-1 and PDF/A-2a.
 */
class AccessibleDocumentsTest {

    private static final Path OUT = Path.of("target", "accessible-documents");
    private static final String[] NAMES = {"Stefan Reuß", "Dr. Ayşe Yılmaz", "Thomas de Maizière", "Zoë Ångström"};

    @Test
    void participantListHasAHeadingAndColumnHeaders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParticipantListWriter writer = new ParticipantListWriter(out, Locale.GERMAN, "Integration vor Ort", "16.12.2016")) {
            for (String name : NAMES) {
                writer.add(name, "Landrat", "Werra-Meißner-Kreis");
            }
        }
        Path file = write("participants.pdf", out.toByteArray());
        Structure s = Structure.of(out.toByteArray());
        assertTrue(s.roles.contains("H1"), s.roles.toString());
        assertEquals(3, s.count("TH"), s.roles.toString());
        assertTrue(s.thScopes.stream().allMatch("Column"::equals), s.thScopes.toString());
        assertEquals("de-DE", s.language);
        assertTrue(s.title.startsWith("Teilnehmerverzeichnis"), s.title);
        for (String name : NAMES) {
            assertTrue(s.text.contains(name), name + " in " + s.text);
        }
        Vera.assertConforms(file, "ua1");
        Vera.assertConforms(file, "2a");
    }

    @Test
    void certificatesInBothLanguagesAreTaggedAndReadNaturally() throws Exception {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CertificateWriter.write(new CertificateWriter.Certificate(locale, "Dr. Ayşe Yılmaz", "Integrationsbeauftragte",
                    "Landkreis Göttingen", "Integration vor Ort", "16.12.2016", "Deutscher Landkreistag, Berlin",
                    "16.12.2016, 09:12", "Deutscher Landkreistag", "17.12.2016"), out);
            Path file = write("certificate-" + locale.getLanguage() + ".pdf", out.toByteArray());
            Structure s = Structure.of(out.toByteArray());
            assertTrue(s.roles.contains("H1"), s.roles.toString());
            assertTrue(s.text.contains("Ayşe Yılmaz"), s.text);
            String flat = s.text.replaceAll("\\s+", " ");
            if (locale == Locale.GERMAN) {
                assertFalse(flat.contains("in Deutscher Landkreistag"), flat);
                assertTrue(flat.contains("am 16.12.2016 teilgenommen hat."), flat);
            } else {
                assertFalse(flat.contains("attended on"), flat);
                assertTrue(flat.contains("attended Integration vor Ort held on 16.12.2016."), flat);
            }
            Vera.assertConforms(file, "ua1");
            Vera.assertConforms(file, "2a");
        }
    }

    @Test
    void proceedingsWithMergedSlidesAreTaggedThroughout() throws Exception {
        Path slides = OUT.resolve("slides.pdf");
        Files.createDirectories(OUT);
        Files.write(slides, SlideDecks.titled(3, p -> "Handlungsfeld " + p + ": Wohnen"));
        List<ProceedingsContent.TalkEntry> talks = new ArrayList<>();
        talks.add(new ProceedingsContent.TalkEntry(1, "Masterplan Integration im Werra-Meißner-Kreis",
                "16.12.2016, 10:00–10:30 Uhr, Plenarsaal", "Plenarsaal", List.of("Landrat Stefan Reuß, Werra-Meißner-Kreis"),
                "Wie ein Landkreis Integration plant.\n\nZweiter Absatz.", slides, "application/pdf", 0, false));
        talks.add(new ProceedingsContent.TalkEntry(2, "Mittagspause", "16.12.2016, 12:00–13:00 Uhr, Foyer", "Foyer",
                List.of(), null, null, null, 0, true));
        talks.add(new ProceedingsContent.TalkEntry(3, "Ein sehr langer Titel eines Beitrags, der im Inhaltsverzeichnis auf zwei Zeilen "
                + "umbrechen muss, statt in den nächsten Eintrag hineinzulaufen oder winzig zu werden",
                "16.12.2016, 13:00–13:30 Uhr, Plenarsaal", "Plenarsaal", List.of("Zoë Ångström"), "Kurz.", null, null, 0, false));
        ProceedingsContent content = new ProceedingsContent(Locale.GERMAN, "Integration vor Ort", "Konferenz", "16.12.2016",
                "Berlin", "Deutscher Landkreistag", "Programmversion 1", talks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProceedingsWriter(content, n -> { }).write(out, OUT.resolve("work"));
        Path file = write("proceedings.pdf", out.toByteArray());
        Structure s = Structure.of(out.toByteArray());
        assertEquals(1, s.count("H1"), s.roles.toString());
        assertTrue(s.count("H2") >= 4, "contents, programme and two talks: " + s.roles);
        assertTrue(s.roles.contains("TOC") && s.count("TOCI") == 3, s.roles.toString());
        assertEquals(3, s.count("TH"), s.roles.toString());
        assertEquals(3, s.figureAlts.size(), s.figureAlts.toString());
        assertTrue(s.figureAlts.get(2).startsWith("Folie 3 von 3: Masterplan Integration"), s.figureAlts.toString());
        assertTrue(s.text.contains("Stefan Reuß") && s.text.contains("Zoë Ångström"), s.text);
        assertFalse(s.text.contains("Plenarsaal\nPlenarsaal") || s.text.contains("Plenarsaal · Plenarsaal"), s.text);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            // cover, contents, programme, talk 1 + 3 slides, talk 3; the break has no page of its own
            assertEquals(8, pdf.getNumberOfPages());
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(2);
            page.setEndPage(2);
            String contents = page.getText(pdf);
            assertTrue(contents.startsWith("Inhalt") && contents.contains("Seite 2"), contents);
            assertFalse(contents.contains("Mittagspause"), "a break gets no page, so no entry: " + contents);
            assertEquals("H1", s.firstHeading, "the conference's title comes first");
            assertTrue(s.roles.indexOf("TOC") < s.roles.indexOf("Table"), "contents are read before the programme: " + s.roles);
        }
        Vera.assertConforms(file, "ua1");
        Vera.assertConforms(file, "2a");
    }

    private static Path write(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        return Files.write(OUT.resolve(name), pdf);
    }

    /** What a reader of the structure tree sees. */
    private static final class Structure {
        final List<String> roles = new ArrayList<>();
        final List<String> thScopes = new ArrayList<>();
        final List<String> figureAlts = new ArrayList<>();
        String language;
        String title;
        String text;
        String firstHeading;

        static Structure of(byte[] bytes) throws IOException {
            Structure s = new Structure();
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertTrue(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked());
                s.language = pdf.getDocumentCatalog().getLanguage();
                s.title = pdf.getDocumentInformation().getTitle();
                s.walk(pdf.getDocumentCatalog().getStructureTreeRoot());
                s.text = new PDFTextStripper().getText(pdf);
            }
            return s;
        }

        private void walk(PDStructureNode node) {
            for (Object kid : node.getKids()) {
                if (kid instanceof PDStructureElement e) {
                    String role = e.getStandardStructureType();
                    roles.add(role);
                    if ("TH".equals(role)) {
                        thScopes.add(scope(e.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.A)));
                    }
                    if ("Figure".equals(role)) {
                        figureAlts.add(e.getAlternateDescription());
                    }
                    if (firstHeading == null && role.startsWith("H")) {
                        firstHeading = role;
                    }
                    walk(e);
                }
            }
        }

        private static String scope(org.apache.pdfbox.cos.COSBase attributes) {
            if (attributes instanceof org.apache.pdfbox.cos.COSDictionary d) {
                return d.getNameAsString(org.apache.pdfbox.cos.COSName.getPDFName("Scope"));
            }
            if (attributes instanceof org.apache.pdfbox.cos.COSArray a) {
                for (int i = 0; i < a.size(); i++) {
                    String scope = scope(a.getObject(i));
                    if (scope != null) {
                        return scope;
                    }
                }
            }
            return null;
        }

        long count(String role) {
            return roles.stream().filter(role::equals).count();
        }
    }
}
