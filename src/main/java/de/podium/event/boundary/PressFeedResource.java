package de.podium.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.event.control.PressFeed;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.Revalidation;
import de.podium.platform.control.PreparedRead;
import de.podium.platform.control.PreparedReads;

/**
 * The press releases of a conference as an Atom 1.0 feed (RFC 4287), served at /conferences/{slug}/press.atom;
 * feed readers poll it, so it is prepared once per change and carries ETag and Last-Modified.
 */
@Tag(name = ApiApplication.EVENT)
@Path("conferences/{slug}/press.atom")
@ApplicationScoped
public class PressFeedResource {

    private static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    PressFeed feed;

    @Inject
    PreparedReads prepared;

    @Inject
    Revalidation revalidation;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "getPressFeed")
    @GET
    @Produces("application/atom+xml;charset=UTF-8")
    public Response feed(@PathParam("slug") String slug) {
        return revalidation.answer(headers, prepared.get(slug, PreparedReads.Kind.PRESS_ATOM, "",
                () -> PreparedRead.of(feed.atom(slug), ATOM)));
    }
}
