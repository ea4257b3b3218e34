package tech.arcp.golden;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * Every admin endpoint of both ports, answered as recorded in {@code golden/admin-api.txt} and
 * {@code golden/admin-port.txt}: status, headers and body bytes, successes and problems, in one
 * session's life (login, PIN, rotation, settings, metrics, revocation, logout, expiry).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminApiGoldenTest {
    private static final TestTime TIME = new TestTime();
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);
    private static final String FP = "X-Client-Fingerprint";
    private static final String RID = "X-Request-ID";
    private static final String LOGIN = "{\"username\":\"ARCP\",\"password\":\"test-password-123\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transcript api = new Transcript("admin-api");
    private int port;

    @Test
    void everyAdminEndpointAnswersTheRecordedBytes() throws IOException {
        port = APP.getLocalPort();
        publicEndpoints();
        String token = login("fp-golden-1");
        TIME.advance(Duration.ofSeconds(1));
        String other = login("fp-golden-2");
        sessionEndpoints(token, other);
        token = tokenEndpoints(token);
        dashboardAndMetrics(token);
        endings(token);
        api.verify();
        adminPort();
    }

    private void publicEndpoints() {
        call("GET", "/", null);
        call("GET", "/health", null);
        call("GET", "/no/such/path", null);
        call("PUT", "/", "{}");
        call("POST", "/auth/login", LOGIN);
        call("POST", "/auth/login", "{\"username\":\"ARCP\",\"password\":\"wrong-password\"}", FP, "fp-golden-1");
        call("POST", "/auth/login", "{\"username\":", FP, "fp-golden-1");
        call("POST", "/auth/login", "{\"username\":\"ARCP\"}", FP, "fp-golden-1");
        api.exchange(port, "GET", "/auth/session_status", null);
        call("GET", "/auth/session_status", null, "Authorization", "Bearer not-a-token");
    }

    private String login(String fingerprint) throws IOException {
        String body = call("POST", "/auth/login", LOGIN, FP, fingerprint, "User-Agent", "golden/1.0");
        return JSON.readTree(body).get("access_token").asText();
    }

    private void sessionEndpoints(String token, String other) throws IOException {
        call("GET", "/auth/session_status", null, as(token, "fp-golden-1"));
        call("GET", "/auth/session_status", null, as(token, "fp-golden-other"));
        String sessions = call("GET", "/auth/sessions", null, as(token, "fp-golden-1"));
        call("GET", "/auth/pin_status", null, as(token, "fp-golden-1"));
        call("POST", "/auth/set_pin", "{\"pin\":\"12\"}", as(token, "fp-golden-1"));
        call("POST", "/auth/set_pin", "{\"pin\":\"4826\"}", as(token, "fp-golden-1"));
        call("POST", "/auth/verify_pin", "{\"pin\":\"9999\"}", as(token, "fp-golden-1"));
        call("POST", "/auth/verify_pin", "{\"pin\":\"4826\"}", as(token, "fp-golden-1"));
        call("GET", "/auth/pin_status", null, as(token, "fp-golden-1"));
        String otherId = null;
        for (var s : JSON.readTree(sessions).get("sessions")) {
            otherId = s.get("current").asBoolean() ? otherId : s.get("session_id").asText();
        }
        String[] pinned = with(as(token, "fp-golden-1"), "X-Session-Pin", "4826");
        call("DELETE", "/auth/sessions/" + otherId, null, as(token, "fp-golden-1"));
        call("DELETE", "/auth/sessions/" + otherId, null, pinned);
        call("DELETE", "/auth/sessions/" + otherId, null, pinned);
        call("GET", "/auth/session_status", null, as(other, "fp-golden-2"));
    }

    private String tokenEndpoints(String token) throws IOException {
        TIME.advance(Duration.ofSeconds(90));
        call("GET", "/tokens/validate", null, as(token, "fp-golden-1"));
        call("GET", "/tokens/validate", null, FP, "fp-golden-1");
        call("POST", "/tokens/validate?token=" + token, null);
        call("POST", "/tokens/validate?token=arcp.garbage", null);
        String refreshed = call("POST", "/tokens/refresh", null, as(token, "fp-golden-1"));
        call("GET", "/auth/session_status", null, as(token, "fp-golden-1"));
        String fresh = JSON.readTree(refreshed).get("access_token").asText();
        call("GET", "/auth/session_status", null, as(fresh, "fp-golden-1"));
        return fresh;
    }

    private void dashboardAndMetrics(String token) {
        String[] admin = as(token, "fp-golden-1");
        call("GET", "/dashboard/config", null, admin);
        call("POST", "/dashboard/config", "{\"idle_timeout\":1800}", admin);
        call("POST", "/dashboard/config", "{\"idle_timeout\":1800,\"max_per_user\":4,\"ui\":{\"theme\":\"dark\"}}",
                with(admin, "X-Session-Pin", "4826"));
        call("POST", "/dashboard/config", "{\"idel_timeout\":1800}", with(admin, "X-Session-Pin", "4826"));
        call("POST", "/dashboard/config", "{\"idle_timeout\":5}", with(admin, "X-Session-Pin", "4826"));
        call("GET", "/dashboard/config", null, admin);
        call("GET", "/agents/stats", null, admin);
        api.exchange(port, "GET", "/metrics", null, Shapes::prometheus, with(admin, RID, "golden"));
        call("GET", "/metrics/scrape", null);
        call("GET", "/metrics/scrape", null, "Authorization", "Bearer wrong-scrape-token-000000");
        api.exchange(port, "GET", "/metrics/scrape", null, Shapes::prometheus,
                "Authorization", "Bearer test-scrape-token-0123456789", RID, "golden");
    }

    private void endings(String token) throws IOException {
        call("POST", "/auth/logout", null, as(token, "fp-golden-1"));
        call("GET", "/auth/session_status", null, as(token, "fp-golden-1"));
        String a = login("fp-golden-3");
        TIME.advance(Duration.ofSeconds(1));
        login("fp-golden-4");
        api.exchange(port, "POST", "/auth/logout_all", null, Shapes::sortedKeys, with(as(a, "fp-golden-3"), RID, "golden"));
        call("GET", "/auth/session_status", null, as(a, "fp-golden-3"));
        String idle = login("fp-golden-5");
        TIME.advance(Duration.ofMinutes(31));
        call("GET", "/auth/session_status", null, as(idle, "fp-golden-5"));
        String absolute = login("fp-golden-6");
        for (int i = 0; i < 25; i++) {
            TIME.advance(Duration.ofMinutes(29));
            call("GET", "/auth/pin_status", null, as(absolute, "fp-golden-6"));
        }
    }

    private void adminPort() {
        Transcript admin = new Transcript("admin-port");
        int adminPort = APP.getAdminPort();
        admin.exchange(adminPort, "GET", "/healthcheck", null, Shapes::healthChecks, RID, "golden");
        admin.exchange(adminPort, "GET", "/ping", null, RID, "golden");
        admin.exchange(adminPort, "GET", "/metrics", null, Shapes::metricsJson, RID, "golden");
        admin.exchange(adminPort, "GET", "/no/such/path", null, RID, "golden");
        admin.exchange(adminPort, "GET", "/", null, RID, "golden");
        admin.verify();
    }

    private String call(String method, String path, String body, String... headers) {
        return api.exchange(port, method, path, body, with(headers, RID, "golden"));
    }

    private static String[] as(String token, String fingerprint) {
        return new String[] {"Authorization", "Bearer " + token, FP, fingerprint};
    }

    private static String[] with(String[] headers, String... more) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }
}
