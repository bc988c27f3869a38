package de.podium.speaker.control;

import de.podium.platform.control.LimitedHtml;

/** Bios keep the little formatting every text people format themselves may have (see {@link LimitedHtml}). */
public final class BioSanitizer {

    private BioSanitizer() {
    }

    public static String sanitise(String html) {
        return LimitedHtml.sanitise(html);
    }
}
