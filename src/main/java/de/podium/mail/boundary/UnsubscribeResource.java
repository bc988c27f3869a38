package de.podium.mail.boundary;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.event.entity.Conference;
import de.podium.mail.control.BulkMail;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;
import de.podium.platform.control.Texts;

/**
 * /mail/unsubscribe?token=T from the List-Unsubscribe header and the footer of bulk mails. GET asks, POST
 * (also the one-click POST of RFC 8058 mail clients) records the opt-out; the token is the authorisation.
 */
@Tag(name = ApiApplication.MAIL)
@Path("mail/unsubscribe")
@Produces("text/html;charset=UTF-8")
@ApplicationScoped
public class UnsubscribeResource {

    @Inject
    BulkMail bulkMail;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "showUnsubscribe")
    @GET
    public String ask(@QueryParam("token") String token) {
        Locale locale = RequestLanguage.of(headers);
        String action = "/mail/unsubscribe?token=" + escape(token == null ? "" : token);
        return page(locale, Texts.get(locale, "mail.unsubscribe.title"),
                "<p>" + escape(Texts.get(locale, "mail.unsubscribe.question")) + "</p>"
                        + "<form method=\"post\" action=\"" + action + "\"><button type=\"submit\">"
                        + escape(Texts.get(locale, "mail.unsubscribe.submit")) + "</button></form>");
    }

    @Operation(operationId = "unsubscribe")
    @POST
    public String unsubscribe(@QueryParam("token") String token) {
        Locale locale = RequestLanguage.of(headers);
        Conference conference = bulkMail.unsubscribe(token);
        return page(locale, Texts.get(locale, "mail.unsubscribe.title"),
                "<p>" + escape(Texts.get(locale, "mail.unsubscribe.done", conference.getTitle())) + "</p>");
    }

    private static String page(Locale locale, String title, String content) {
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><link rel=\"stylesheet\" href=\"/jakarta.faces.resource/css/podium.css.xhtml\"></head>"
                + "<body><main id=\"main\"><h1>" + escape(title) + "</h1>" + content + "</main></body></html>";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
