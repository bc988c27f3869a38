package de.podium.speaker.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import de.podium.speaker.entity.Slide;

/** A stored slide version as a download: the file from its server-chosen path, the offered name escaped. */
final class Downloads {

    private Downloads() {
    }

    static Response of(Slide slide) {
        Path file = Path.of(slide.getStoragePath());
        return Response.ok((StreamingOutput) out -> Files.copy(file, out), slide.getContentType())
                .header("Content-Disposition", contentDisposition(slide.getFilename()))
                .header("Content-Length", slide.getSize())
                .header("X-Slide-Version", slide.getVersion())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** ASCII fallback for old clients plus the exact UTF-8 name (RFC 6266 / RFC 5987). */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9 ._()-]", "_");
        String utf8 = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
