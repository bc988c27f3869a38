package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;

class HttpHardeningTest {

    @Test
    void oneScriptPolicyWithoutUnsafeEvalAndWithPrimeFacesNonce() {
        String merged = ContentSecurityPolicy.mergedWith("script-src 'self' 'nonce-abc123=='");
        assertTrue(merged.contains("script-src 'self' 'nonce-abc123=='"), merged);
        assertTrue(merged.contains("frame-ancestors 'none'"), merged);
        assertFalse(merged.contains("unsafe-eval"), merged);
        assertFalse(ContentSecurityPolicy.strict().contains("script-src 'self' 'unsafe-inline'"));
    }

    @Test
    void redirectsGoToThePublicAddressWhateverTheHostHeaderSaid() {
        String base = "https://podium.example.org";
        assertEquals(base + "/organizer/", PublicLocation.of("/organizer/", "http://evil.example", "", base));
        assertEquals(base + "/api/conferences/x",
                PublicLocation.of("http://evil.example/api/conferences/x", "http://evil.example", "", base));
        assertEquals("https://elsewhere.example/", PublicLocation.of("https://elsewhere.example/", "http://evil.example", "", base));
        assertEquals(base + "/login", PublicLocation.of("/podium/login", "http://h", "/podium", base));
    }

    @Test
    void formUploadsOverTheLimitAreRefusedButNotApiUploads() {
        long over = FormUploadLimitFilter.MAX_FORM_UPLOAD_BYTES + 1;
        assertTrue(FormUploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", over, "/organizer/x"));
        assertFalse(FormUploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", over, "/api/x"));
        assertFalse(FormUploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", 1000, "/organizer/x"));
    }

    @Test
    void unknownViewStatesAreClientErrors() {
        assertEquals(400, ClientErrorExceptionHandler.status(new FacesException(new ViewExpiredException("gone", "/x"))));
        assertEquals(0, ClientErrorExceptionHandler.status(new IllegalArgumentException("bug")));
    }

    @Test
    void onlyStaticResourcesMayBeCached() {
        assertTrue(SecurityHeaders.isStaticResource("/jakarta.faces.resource/core.js"));
        assertFalse(SecurityHeaders.isStaticResource("/registrations/self/abc"));
    }
}
