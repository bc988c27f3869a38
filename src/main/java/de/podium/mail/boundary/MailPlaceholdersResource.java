package de.podium.mail.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.mail.control.MailTextEditor;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;
import de.podium.platform.control.Texts;

/** GET /api/mail-texts/placeholders: the {{placeholders}} of mail texts, described in the request's language. */
@Tag(name = ApiApplication.MAIL)
@Path("mail-texts/placeholders")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class MailPlaceholdersResource {

    @Inject
    MailTextEditor editor;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "listMailPlaceholders")
    @GET
    public List<PlaceholderJson> list() {
        return editor.placeholders().stream().map(p -> new PlaceholderJson(p.name(),
                Texts.get(RequestLanguage.of(headers), "mail.placeholder." + p.name()), p.kinds())).toList();
    }

    public record PlaceholderJson(String name, String description, List<String> kinds) {
    }
}
