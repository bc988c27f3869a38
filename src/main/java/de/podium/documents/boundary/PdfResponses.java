package de.podium.documents.boundary;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import de.podium.documents.control.PreparedDocument;

/** PDFs are written straight into the response and never cached by others: they carry personal data. */
final class PdfResponses {

    static final String PDF = "application/pdf";

    private PdfResponses() {
    }

    static Response stream(PreparedDocument document) {
        StreamingOutput body = out -> document.body().write(out);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(body, PDF).cacheControl(noStore)
                .header("Content-Disposition", "inline; filename=\"" + document.filename() + "\"").build();
    }
}
