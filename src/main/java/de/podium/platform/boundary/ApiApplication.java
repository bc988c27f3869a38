package de.podium.platform.boundary;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The HTTP API of API.md lives under /api. Its OpenAPI document: one tag per feature, HTTP Basic as the security
 * scheme that organizer and speaker operations name; {@link ApiDocumentFilter} applies the global rules.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Podium API", version = "1",
        description = "Conferences, registration, agenda, speakers and documents of Podium"),
        tags = {
                @Tag(name = ApiApplication.EVENT, description = "Conferences and press releases"),
                @Tag(name = ApiApplication.REGISTRATION, description = "Registrations, invitations, check-in, the attendee's own registration"),
                @Tag(name = ApiApplication.AGENDA, description = "Rooms, talks, slots, publishing, automatic scheduling, calendar exports"),
                @Tag(name = ApiApplication.SPEAKER, description = "Speaker profiles, invitations and slides"),
                @Tag(name = ApiApplication.DOCUMENTS, description = "Badges, name cards, participant lists, certificates, proceedings"),
                @Tag(name = ApiApplication.MAIL, description = "Mailings, the outbox, unsubscribing"),
                @Tag(name = ApiApplication.SECURITY, description = "The sign-in session: the CSRF token for API writes made with the sign-in cookie")
        })
@SecurityScheme(securitySchemeName = ApiApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The accounts of the web login (organizers, admins, speakers)")
public class ApiApplication extends Application {

    /** The security scheme organizer and speaker operations require: {@code @SecurityRequirement(name = BASIC_AUTH)}. */
    public static final String BASIC_AUTH = "basicAuth";

    /** Tags of the OpenAPI document: the features that have an API. */
    public static final String EVENT = "event";
    public static final String REGISTRATION = "registration";
    public static final String AGENDA = "agenda";
    public static final String SPEAKER = "speaker";
    public static final String DOCUMENTS = "documents";
    public static final String MAIL = "mail";
    public static final String SECURITY = "security";

    /**
     * No Jersey WADL document at /api/application.wadl: the API is described by its OpenAPI document, and building
     * the WADL support (a JAXB context) cost every boot.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
