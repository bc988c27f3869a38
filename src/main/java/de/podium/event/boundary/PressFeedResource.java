package de.podium.event.boundary;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.control.Links;
import de.podium.event.control.ConferenceService;
import de.podium.event.control.PressService;
import de.podium.event.entity.Conference;
import de.podium.event.entity.PressRelease;
import de.podium.platform.boundary.ApiApplication;

/** The press releases of a conference as an Atom 1.0 feed (RFC 4287), served at /conferences/{slug}/press.atom. */
@Tag(name = ApiApplication.EVENT)
@Path("conferences/{slug}/press.atom")
public class PressFeedResource {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    ConferenceService conferences;

    @Inject
    PressService press;

    @Inject
    Links links;

    @Operation(operationId = "getPressFeed")
    @GET
    @Produces("application/atom+xml;charset=UTF-8")
    public String feed(@PathParam("slug") String slug) throws XMLStreamException {
        Conference conference = conferences.bySlug(slug);
        List<PressRelease> releases = press.published(conference);
        String page = links.to("/conferences/" + slug + "/press");
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", page);
        element(xml, "title", conference.getTitle());
        element(xml, "updated", timestamp(releases.isEmpty() ? conference.getCreatedAt() : releases.get(0).getPublishedAt()));
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
        xml.writeAttribute("type", "text");
        xml.writeAttribute("xml:lang", release.getLanguage());
        xml.writeCharacters(release.getBody());
        xml.writeEndElement();
        if (release.getSource() != null) {
            xml.writeStartElement("author");
            element(xml, "name", release.getSource());
            xml.writeEndElement();
        }
        xml.writeEndElement();
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
