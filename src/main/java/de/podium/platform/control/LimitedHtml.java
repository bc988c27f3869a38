package de.podium.platform.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Texts people format themselves (speaker bios, talk abstracts) are shown on public pages as HTML, so they keep
 * only a little formatting: paragraphs, line breaks, emphasis, lists and web links. Scripts, styles, event
 * handlers and javascript: URLs are removed.
 */
public final class LimitedHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "b", "i", "ul", "ol", "li", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private LimitedHtml() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html.strip());
        return clean.isBlank() ? null : clean;
    }

    /** For showing: texts typed before formatting was allowed keep their line breaks. */
    public static String render(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String withBreaks = text.contains("<") ? text : text.strip().replace("\r\n", "\n").replace("\n", "<br>");
        return sanitise(withBreaks);
    }
}
