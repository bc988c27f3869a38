package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;

/**
 * /metrics and /openapi in the production set-up (issue #16 item 13): started with the post-boot commands that
 * docker/podium-start.sh passes in the production profile, they answer only over HTTPS and only an ADMIN account.
 * The shared test server (development) keeps them public.
 */
class ManagementEndpointsIT {

    static PodiumServer podium;
    static int httpsPort;
    static HttpClient https;

    @BeforeAll
    static void start() throws Exception {
        httpsPort = PodiumServer.freePort();
        podium = PodiumServer.startSeparate("management", Map.of(), "--sslport", Integer.toString(httpsPort),
                "--postbootcommandfile", "config/management-postboot.asadmin");
        SSLContext selfSigned = SSLContext.getInstance("TLS");
        selfSigned.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
        SSLParameters noHostCheck = new SSLParameters();
        noHostCheck.setEndpointIdentificationAlgorithm(null);
        https = HttpClient.newBuilder().sslContext(selfSigned).sslParameters(noHostCheck)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (podium != null) {
            podium.stop();
        }
    }

    private static HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + path))
                .timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return https.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onlyAnAdminOverHttpsReadsMetricsAndTheApiDocument() throws Exception {
        HttpResponse<String> anonymous = get("/metrics", null, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, get("/openapi", null, null).statusCode());
        assertEquals(401, get("/metrics", PodiumServer.ADMIN, "falsch").statusCode());
        assertEquals(403, get("/metrics", PodiumServer.ORGANIZER, PodiumServer.DEMO_PASSWORD).statusCode(),
                "an organizer is no operator");

        HttpResponse<String> metrics = get("/metrics", PodiumServer.ADMIN, PodiumServer.DEMO_PASSWORD);
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("base_memory_usedHeap_bytes") || metrics.body().contains("memory_usedHeap"),
                metrics.body().substring(0, Math.min(300, metrics.body().length())));
        HttpResponse<String> document = get("/openapi", PodiumServer.ADMIN, PodiumServer.DEMO_PASSWORD);
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("openapi:"), document.body().substring(0, Math.min(200, document.body().length())));

        int plain = podium.get("/metrics").send().status();
        assertNotEquals(200, plain, "over plain HTTP the metrics are not served (redirected to HTTPS)");
        assertEquals(200, podium.get("/health/ready").send().status(), "health stays public for the load balancer");
        assertEquals(200, podium.get("/conferences/" + PodiumServer.DEMO_SLUG).send().status(), "pages work as before");
    }

    @Test
    void theDevelopmentServerKeepsThemPublic() {
        assertEquals(200, PodiumServer.get().get("/metrics").send().status());
        assertEquals(200, PodiumServer.get().get("/openapi").send().status());
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
