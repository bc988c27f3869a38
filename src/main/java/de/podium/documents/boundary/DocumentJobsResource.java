package de.podium.documents.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.documents.control.BadgeFilter;
import de.podium.documents.control.DocumentJobs;
import de.podium.documents.entity.DocumentJob;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;

/** Background runs of big documents: start one, follow its progress, download the file when done. */
@Tag(name = ApiApplication.DOCUMENTS)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/documents/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentJobsResource {

    @Inject
    DocumentJobs jobs;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    @PathParam("slug")
    String slug;

    /** Body: {"kind":"BADGES","layout":"a4","category":"…","status":"…","onlyNew":true} or {"kind":"PROCEEDINGS"}. */
    @Operation(operationId = "startDocumentJob")
    @APIResponse(responseCode = "202", description = "The document is made in the background")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        DocumentJob job = jobs.start(slug, b.getString("kind", null), b.getString("layout", null),
                BadgeFilter.of(b.getString("category", null), b.getString("status", null), b.getBoolean("onlyNew", false), null),
                RequestLanguage.ofHeader(acceptLanguage));
        return Response.accepted(json(job).build()).build();
    }

    @Operation(operationId = "listDocumentJobs")
    @GET
    public String list() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        List<DocumentJob> all = jobs.list(slug);
        all.forEach(j -> array.add(json(j)));
        return array.build().toString();
    }

    @Operation(operationId = "getDocumentJob")
    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
        return json(jobs.job(slug, id)).build().toString();
    }

    @Operation(operationId = "getDocumentJobFile")
    @GET
    @Path("{id: [0-9]+}/file")
    @Produces(PdfResponses.PDF)
    public Response file(@PathParam("id") long id) {
        java.nio.file.Path file = jobs.file(slug, id);
        return Response.ok(file.toFile(), PdfResponses.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-" + jobs.job(slug, id).getKind().name()
                        .toLowerCase(java.util.Locale.ROOT) + "-" + id + ".pdf\"").build();
    }

    private JsonObjectBuilder json(DocumentJob j) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", j.getId()).add("kind", j.getKind().name())
                .add("status", j.getStatus().name()).add("done", j.getDone()).add("total", j.getTotal())
                .add("percent", j.percent()).add("requestedAt", j.getRequestedAt().toString());
        if (j.getReport() != null) {
            o.add("report", j.getReport());
        }
        if (j.getFilePath() != null) {
            o.add("file", "/api/conferences/" + slug + "/documents/jobs/" + j.getId() + "/file");
        }
        return o;
    }
}
