package de.podium.documents.control;

import java.io.IOException;
import java.io.OutputStream;

/** A document whose data is loaded and whose rights are checked; writing it needs no request or transaction. */
public record PreparedDocument(String filename, Body body) {

    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }
}
