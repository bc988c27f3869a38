package de.podium.mail.control;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.podium.platform.control.Texts;

/**
 * Renders a message kind from the i18n bundles: {@code mail.<kind>.subject} and {@code mail.<kind>.body}
 * with ${name} placeholders, or from an organizer's own text with {{name}} placeholders, as plain text and as
 * escaped HTML with clickable links.
 */
public final class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    /** The placeholders of texts organizers write (API.md): {{name}}, blanks inside the braces allowed. */
    public static final Pattern EDITABLE_PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private MailTemplates() {
    }

    /** Model entries (not placeholders) that brand a conference's mails: its accent colour and logo address. */
    static final String BRAND_COLOUR = "brand.colour";
    static final String LOGO_URL = "brand.logoUrl";

    public record Rendered(String subject, String text, String html) implements java.io.Serializable {
    }

    /** Subject and body as an organizer edits them, with {{name}} placeholders. */
    public record Editable(String subject, String body) implements java.io.Serializable {
    }

    public static Rendered render(String kind, Locale locale, Map<String, String> model) {
        String subject = oneLine(fill(Texts.get(locale, "mail." + kind + ".subject"), model));
        return withFooter(subject, fill(Texts.get(locale, "mail." + kind + ".body"), model), locale, model);
    }

    /** The organizer's own text instead of the bundle's; the footer stays the bundle's. */
    public static Rendered render(Editable text, Locale locale, Map<String, String> model) {
        String subject = oneLine(fillEditable(text.subject(), model));
        return withFooter(subject, fillEditable(text.body(), model), locale, model);
    }

    /** The bundle's default text of a kind, written with the {{name}} placeholders organizers use. */
    public static Editable defaultText(String kind, Locale locale) {
        return new Editable(editable(Texts.get(locale, "mail." + kind + ".subject")),
                editable(Texts.get(locale, "mail." + kind + ".body")));
    }

    private static String editable(String template) {
        return PLACEHOLDER.matcher(template).replaceAll("{{$1}}");
    }

    private static Rendered withFooter(String subject, String body, Locale locale, Map<String, String> model) {
        String text = body + "\n\n-- \n" + fill(Texts.get(locale, "mail.footer"), model);
        return new Rendered(subject, text, html(subject, text, locale, model));
    }

    /** Fills in one pass, so a value that itself looks like a placeholder stays as it is. */
    public static String fillEditable(String template, Map<String, String> model) {
        Matcher matcher = EDITABLE_PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(model.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String fill(String template, Map<String, String> model) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(model.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Subjects and display names must never carry line breaks: they would start new mail headers. */
    public static String oneLine(String value) {
        return value == null ? null : value.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ").strip();
    }

    static String html(String subject, String text, Locale locale) {
        return html(subject, text, locale, Map.of());
    }

    /** With the conference's branding: a bar in its accent colour and its logo above the text. */
    static String html(String subject, String text, Locale locale, Map<String, String> model) {
        StringBuilder body = new StringBuilder();
        String colour = model.get(BRAND_COLOUR);
        if (colour != null && colour.matches("#[0-9a-fA-F]{6}")) {
            body.append("<div style=\"border-top:6px solid ").append(colour).append(";margin-bottom:1em\"></div>\n");
        }
        String logo = model.get(LOGO_URL);
        if (logo != null && logo.startsWith("http")) {
            body.append("<p><img src=\"").append(escape(logo)).append("\" alt=\"").append(escape(model.getOrDefault("organizerName", "")))
                    .append("\" height=\"48\" style=\"height:48px;width:auto\"></p>\n");
        }
        for (String paragraph : text.split("\\n\\s*\\n")) {
            body.append("<p>").append(linkify(escape(paragraph.strip())).replace("\n", "<br>\n")).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + Texts.supported(locale).getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(subject) + "</title></head>\n<body style=\"font-family:Arial,sans-serif;"
                + "line-height:1.5;color:#1a1a1a;max-width:40em\">\n" + body + "</body></html>\n";
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String linkify(String escaped) {
        Matcher matcher = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
