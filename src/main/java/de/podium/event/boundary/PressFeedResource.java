package de.podium.event.boundary;

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

/**
 * The press releases of a conference as an Atom 1.0 feed (RFC 4287), served at /conferences/{slug}/press.atom;
 * feed readers poll it, so it carries ETag and Last-Modified.
 */
@Tag(name = ApiApplication.EVENT)
@Path("conferences/{slug}/press.atom")
public class PressFeedResource {

    @Inject
    PressFeed feed;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "getPressFeed")
    @GET
    @Produces("application/atom+xml;charset=UTF-8")
    public Response feed(@PathParam("slug") String slug) {
        return Revalidation.answer(headers, feed.atom(slug), "application/atom+xml;charset=UTF-8");
    }
}
