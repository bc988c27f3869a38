package de.podium.security.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteWriteFilterTest {

    @Test
    void sameSchemeHostAndPortIsTheSameOrigin() {
        assertTrue(CrossSiteWriteFilter.sameOrigin("http://localhost:8080", "http://localhost:8080/api/"));
        assertTrue(CrossSiteWriteFilter.sameOrigin("https://Podium.example", "https://podium.example:443"));
    }

    @Test
    void anotherHostPortOrSchemeIsForeign() {
        assertFalse(CrossSiteWriteFilter.sameOrigin("http://evil.example", "http://localhost:8080/api/"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("http://localhost:8081", "http://localhost:8080/api/"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("http://podium.example", "https://podium.example"));
        assertFalse(CrossSiteWriteFilter.sameOrigin("null", "http://localhost:8080/api/"));
    }

    @Test
    void onlyBasicCountsAsBasic() {
        assertTrue(CrossSiteWriteFilter.isBasic("basic YTpi"));
        assertFalse(CrossSiteWriteFilter.isBasic("Bearer x"));
        assertFalse(CrossSiteWriteFilter.isBasic(null));
    }
}
