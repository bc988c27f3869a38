package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import de.podium.platform.control.PodiumException;
import de.podium.speaker.control.SlideService;

/**
 * Runs before the multipart body is parsed: a stranger, an upload after the deadline or an announced body over
 * the limit is refused before anything is stored or parsed; the body is only discarded.
 */
@Provider
@UploadPrecheck
public class SlideUploadPrecheckFilter implements ContainerRequestFilter {

    @Inject
    SlideService slides;

    /** Beyond this much, a refused body is not even read to its end; the client may then see the connection close. */
    static final long MAX_DISCARD = 256L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        try {
            slides.checkMayUpload(path.getFirst("slug"), Long.parseLong(path.getFirst("id")));
            if (request.getLength() >= 0) {
                slides.checkAnnouncedSize(request.getLength());
            }
        } catch (PodiumException refused) {
            discard(request.getEntityStream());
            throw refused;
        }
    }

    /** HTTP/1.1 clients read the answer only after sending their body: it is read and thrown away, never kept. */
    private static void discard(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = body.read(buffer); read >= 0 && total < MAX_DISCARD; read = body.read(buffer)) {
            total += read;
        }
    }
}
