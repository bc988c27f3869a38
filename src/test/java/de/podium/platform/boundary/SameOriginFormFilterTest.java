package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginFormFilterTest {

    @Test
    void fetchMetadataDecidesWhereTheBrowserSendsIt() {
        assertTrue(SameOriginFormFilter.sameOrigin("same-origin", "null", "podium.example", null));
        assertTrue(SameOriginFormFilter.sameOrigin("none", null, "podium.example", null));
        assertFalse(SameOriginFormFilter.sameOrigin("cross-site", "https://podium.example", "podium.example", null));
        assertFalse(SameOriginFormFilter.sameOrigin("same-site", null, "podium.example", null));
    }

    @Test
    void otherwiseTheOriginMustBeThisHostOrThePublicAddress() {
        assertTrue(SameOriginFormFilter.sameOrigin(null, "http://localhost:8080", "localhost:8080", null));
        assertTrue(SameOriginFormFilter.sameOrigin(null, "https://tagung.example", "10.0.0.5:8080",
                "https://tagung.example"));
        assertFalse(SameOriginFormFilter.sameOrigin(null, "https://evil.example", "podium.example",
                "https://podium.example"));
        assertFalse(SameOriginFormFilter.sameOrigin(null, "https://podium.example.evil.example", "podium.example", null));
        assertFalse(SameOriginFormFilter.sameOrigin(null, "null", "podium.example", null));
        assertFalse(SameOriginFormFilter.sameOrigin(null, null, "podium.example", null));
        assertFalse(SameOriginFormFilter.sameOrigin(null, "not a url", "podium.example", null));
    }
}
