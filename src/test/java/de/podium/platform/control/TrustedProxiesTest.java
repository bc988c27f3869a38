package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of("172.28.0.10, 10.1.0.0/16, ::1");

    @Test
    void forwardedForCountsOnlyWhenTheProxyIsTrusted() {
        assertEquals("203.0.113.7", proxies.clientAddress("172.28.0.10", "203.0.113.7"));
        assertEquals("198.51.100.1", proxies.clientAddress("198.51.100.1", "203.0.113.7"), "anyone can write the header");
        assertEquals("172.28.0.10", proxies.clientAddress("172.28.0.10", null));
    }

    @Test
    void theNearestUntrustedHopIsTheClientSoThatAForgedFirstEntryDoesNotCount() {
        assertEquals("203.0.113.7", proxies.clientAddress("172.28.0.10", "1.2.3.4, 203.0.113.7, 10.1.2.3"));
        assertEquals("203.0.113.7", proxies.clientAddress("172.28.0.10", "not-an-address, 203.0.113.7"));
        assertEquals("10.1.2.3", proxies.clientAddress("172.28.0.10", "evil.example, 10.1.2.3"));
        assertEquals("2001:db8::5", proxies.clientAddress("0:0:0:0:0:0:0:1", "[2001:db8::5]"));
    }

    @Test
    void httpsWhenTheConnectionIsSecureOrATrustedProxySaysSo() {
        assertTrue(proxies.https(true, "198.51.100.1", null));
        assertTrue(proxies.https(false, "172.28.0.10", "https"));
        assertFalse(proxies.https(false, "198.51.100.1", "https"));
        assertFalse(proxies.https(false, "172.28.0.10", "http"));
    }

    @Test
    void nothingIsTrustedByDefaultAndNonsenseIsRefusedAtStart() {
        assertFalse(TrustedProxies.of("").isTrusted("127.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("nginx"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.0/33"));
    }
}
