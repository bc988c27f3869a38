package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/** Which failures are the client's body (400) rather than an incident of ours (500, logged as SEVERE). */
class UnexpectedErrorMapperTest {

    @Test
    void anUploadCutOffByTheClientIsAnUnreadableBody() {
        // as the multipart reader reports a connection closed in the middle of the body
        assertTrue(UnexpectedErrorMapper.isUnreadableBody(new UncheckedIOException(new IOException(new EOFException()))));
    }

    @Test
    void aFailureOfOursIsNot() {
        assertFalse(UnexpectedErrorMapper.isUnreadableBody(new IllegalStateException("bug")));
        assertFalse(UnexpectedErrorMapper.isUnreadableBody(new UncheckedIOException(new IOException("disk full"))));
    }
}
