package de.podium.event.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ColourTest {

    /** The demo conference's category colours (DemoConference) and the default. */
    static final List<String> DEMO_CATEGORY_COLOURS = List.of("#1f4e79", "#7b1f1f", "#8a3b00", "#2e6b30", "#4b3b7a",
            "#5c4400", "#3d4f5c", "#006064");

    @Test
    void contrastRatiosMatchTheWcagFormula() {
        assertEquals(21.0, Colour.BLACK.contrastWith(Colour.WHITE), 1e-9);
        assertEquals(1.0, Colour.of("#777777").contrastWith(Colour.of("#777777")), 1e-9);
        // reference values of the WebAIM contrast checker
        assertEquals(4.48, Colour.of("#777777").contrastWith(Colour.WHITE), 0.01);
        assertEquals(4.54, Colour.of("#767676").contrastWith(Colour.WHITE), 0.01);
    }

    @Test
    void textOnEveryDemoCategoryColourReachesFourAndAHalfToOne() {
        for (String hex : DEMO_CATEGORY_COLOURS) {
            Colour band = Colour.of(hex);
            double ratio = band.contrastWith(band.readableText());
            assertTrue(ratio >= 4.5, hex + " with " + band.readableText().hex() + " is only " + ratio + ":1");
        }
    }

    @Test
    void blackOrWhiteReachesFourAndAHalfToOneOnAnyColour() {
        double worst = 21;
        String worstHex = "";
        for (int r = 0; r < 256; r += 3) {
            for (int g = 0; g < 256; g += 3) {
                for (int b = 0; b < 256; b += 3) {
                    Colour band = new Colour(r, g, b);
                    double ratio = band.contrastWith(band.readableText());
                    if (ratio < worst) {
                        worst = ratio;
                        worstHex = band.hex();
                    }
                }
            }
        }
        assertTrue(worst >= 4.5, "text on " + worstHex + " is only " + worst + ":1");
    }

    @Test
    void midGreyAndLightColoursGetBlackTextDarkOnesWhite() {
        assertEquals(Colour.BLACK, Colour.of("#777777").readableText(), "white on #777 is only 4.48:1");
        assertEquals(Colour.BLACK, Colour.of("#ffd700").readableText());
        assertEquals(Colour.WHITE, Colour.of("#1f4e79").readableText());
        assertEquals(Colour.FALLBACK, Colour.of("rot"));
    }

    /** WCAG 1.4.11: the dashboard's bars, lines and outlines (podium.css, .chart-*) reach 3:1 against the white page. */
    @Test
    void chartColoursReachThreeToOneAgainstThePage() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/resources/css/podium.css"));
        Matcher rule = Pattern.compile("\\.chart-[a-z]+ \\{([^}]*)}").matcher(css);
        int colours = 0;
        while (rule.find()) {
            Matcher colour = Pattern.compile("(fill|stroke): (#[0-9a-fA-F]{6})").matcher(rule.group(1));
            while (colour.find()) {
                if (rule.group(0).startsWith(".chart-track") && colour.group(1).equals("fill")) {
                    continue; // the empty part of the progress bar is the page's own white, its outline shows it
                }
                double ratio = Colour.of(colour.group(2)).contrastWith(Colour.WHITE);
                assertTrue(ratio >= 3, rule.group(0) + " " + colour.group(0) + " is only " + ratio + ":1");
                colours++;
            }
        }
        assertTrue(colours >= 4, "chart colours found in podium.css: " + colours);
    }
}
