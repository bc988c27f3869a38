package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfTextTest {

    @Test
    void flattensLineBreaksControlsAndRunsOfBlanks() {
        assertEquals("Wohnen Sprache Arbeit", PdfText.clean("  Wohnen\r\n\tSprache \u0007\u2028 Arbeit \n"));
        assertEquals("a b", PdfText.clean("a\u00ADb"), "format characters become blanks");
    }

    @Test
    void composesAccentsAsTheFontsHoldThem() {
        assertEquals("Reuß Yılmaz Müller", PdfText.clean("Reuß Yılmaz Mu\u0308ller"));
    }

    @Test
    void keepsOtherSpacesInsideButNotAtTheEnds() {
        assertEquals("a\u2003b", PdfText.clean("\u2003a\u2003b\u2003"));
        assertEquals("", PdfText.clean(" \n\u2003 "));
        assertEquals("", PdfText.clean(null));
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertEquals("Folie\u00A0\uD83D\uDCCA 3", PdfText.clean("Folie\u00A0\uD83D\uDCCA\n3"));
    }
}
