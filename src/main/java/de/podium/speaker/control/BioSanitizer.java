package de.podium.speaker.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Bios are shown on public pages as HTML, so they keep only a little formatting: paragraphs, line breaks,
 * emphasis, lists and web links. Scripts, styles, event handlers and javascript: URLs are removed.
 */
public final class BioSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "b", "i", "ul", "ol", "li", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private BioSanitizer() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html.strip());
        return clean.isBlank() ? null : clean;
    }
}
