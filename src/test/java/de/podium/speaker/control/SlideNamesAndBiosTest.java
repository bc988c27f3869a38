package de.podium.speaker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlideNamesAndBiosTest {

    @Test
    void downloadNamesKeepNoPathAndGetTheExtensionOfTheirContent() {
        assertEquals("passwd.pdf", SlideService.safeName("../../etc/passwd", SlideFiles.PDF));
        assertEquals("boot.ini.pptx", SlideService.safeName("C:\\..\\boot.ini", SlideFiles.PPTX));
        assertEquals("slides.odp", SlideService.safeName("...", SlideFiles.ODP));
        assertEquals("a_b_.pdf", SlideService.safeName("a\"b\r\n.pdf", SlideFiles.PDF).replace("__", "_"));
        assertTrue(SlideService.safeName("x".repeat(500), SlideFiles.PDF).length() <= 124);
    }

    @Test
    void biosKeepEmphasisAndLinksButNoScriptsOrHandlers() {
        String clean = BioSanitizer.sanitise("<p onclick=\"x()\"><em>Landrat</em> <strong>seit</strong> "
                + "<a href=\"https://kreis.example\">2010</a><script>alert(1)</script></p>");
        assertTrue(clean.contains("<em>Landrat</em>"), clean);
        assertTrue(clean.contains("<strong>seit</strong>"), clean);
        assertTrue(clean.contains("href=\"https://kreis.example\""), clean);
        assertFalse(clean.contains("onclick") || clean.contains("script") || clean.contains("alert"), clean);
        assertNull(BioSanitizer.sanitise("<script>alert(1)</script>"));
        assertNull(BioSanitizer.sanitise("  "));
    }
}
