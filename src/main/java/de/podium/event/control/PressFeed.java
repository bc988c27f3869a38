package de.podium.event.control;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.podium.event.entity.Conference;
import de.podium.event.entity.PressRelease;
import de.podium.platform.control.Links;
import de.podium.platform.control.PublishedFile;

/**
 * The press releases of a conference as an Atom 1.0 feed (RFC 4287). Each release is XHTML content: its
 * paragraphs (blank lines in the stored text) as {@code <p>}, line breaks as {@code <br/>}, web addresses as
 * links. The markup is built from the plain text, never taken from it, so nothing an author types becomes markup.
 */
@ApplicationScoped
public class PressFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** http(s) addresses up to white space; trailing punctuation of the sentence is not part of the link. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"„“”]+[^\\s<>\"„“”.,;:!?)\\]]");

    @Inject
    ConferenceService conferences;

    @Inject
    PressService press;

    @Inject
    Links links;

    public PublishedFile atom(String slug) {
        Conference conference = conferences.bySlug(slug);
        List<PressRelease> releases = press.published(conference);
        Instant updated = releases.isEmpty() ? conference.getCreatedAt() : releases.get(0).getPublishedAt();
        String page = links.to("/conferences/" + slug + "/press");
        try {
            return new PublishedFile(feed(conference, releases, updated, page).getBytes(StandardCharsets.UTF_8), updated);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String feed(Conference conference, List<PressRelease> releases, Instant updated, String page)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", page);
        element(xml, "title", conference.getTitle());
        element(xml, "updated", timestamp(updated));
        xml.writeStartElement("author");
        element(xml, "name", conference.getOrganizerName());
        xml.writeEndElement();
        link(xml, "self", page + ".atom", "application/atom+xml");
        link(xml, "alternate", page, "text/html");
        for (PressRelease release : releases) {
            entry(xml, release, page);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, PressRelease release, String page) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", page + "#press-" + release.getId());
        element(xml, "title", release.getTitle());
        element(xml, "published", timestamp(release.getPublishedAt()));
        element(xml, "updated", timestamp(release.getPublishedAt()));
        link(xml, "alternate", page + "#press-" + release.getId(), "text/html");
        xml.writeStartElement("content");
        xml.writeAttribute("type", "xhtml");
        xml.writeAttribute("xml:lang", release.getLanguage());
        xhtml(xml, release.getBody());
        xml.writeEndElement();
        if (release.getSource() != null) {
            xml.writeStartElement("author");
            element(xml, "name", release.getSource());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** One XHTML div (RFC 4287 4.1.3.3) with a paragraph per block of text. */
    static void xhtml(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("div");
        xml.writeDefaultNamespace(XHTML);
        for (String paragraph : text.strip().split("\\r?\\n\\s*\\n")) {
            xml.writeStartElement("p");
            String[] lines = paragraph.strip().split("\\r?\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    xml.writeEmptyElement("br");
                }
                linked(xml, lines[i]);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void linked(XMLStreamWriter xml, String line) throws XMLStreamException {
        Matcher address = ADDRESS.matcher(line);
        int from = 0;
        while (address.find()) {
            xml.writeCharacters(line.substring(from, address.start()));
            xml.writeStartElement("a");
            xml.writeAttribute("href", address.group());
            xml.writeCharacters(address.group());
            xml.writeEndElement();
            from = address.end();
        }
        xml.writeCharacters(line.substring(from));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
