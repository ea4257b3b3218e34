package tech.arcp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.LogCapture;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * A full scenario with every log captured (root at INFO as shipped, this service's loggers at
 * DEBUG, the audit logger): the audit trail has its events, and no token, password, PIN,
 * fingerprint or scrape token appears anywhere in the log output.
 */
class NoSecretsInLogsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestTime TIME = new TestTime();
    private static final String SCRAPE_TOKEN = "test-scrape-token-0123456789";
    private static final String WRONG_PASSWORD = "Wr0ng-Secret-Passw0rd";
    private static final String PIN = "93718264";
    private static final String WRONG_PIN = "11119999";
    private static final String PASSWORD_AS_USER = "P4ssword-Typed-In-User-Field";

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private final Http http = new Http(APP.getLocalPort());
    private final List<String> secrets = new ArrayList<>(List.of(TestApps.ADMIN_PASSWORD, TestApps.OTHER_PASSWORD,
            WRONG_PASSWORD, PIN, WRONG_PIN, SCRAPE_TOKEN, PASSWORD_AS_USER, "fp-secret-one", "fp-secret-two", "fp-secret-ops",
            "fp-secret-wrong"));

    @Test
    void aFullScenarioAuditsEveryEventAndLogsNoSecret() throws Exception {
        try (LogCapture logs = LogCapture.attach(Map.of("ROOT", Level.INFO, "tech.arcp", Level.DEBUG,
                AuditLog.LOGGER, Level.INFO))) {
            String loginRequestId = scenario();
            String text = logs.text();
            for (String secret : secrets) {
                assertThat(text).as("log output").doesNotContain(secret);
            }
            List<JsonNode> audit = new ArrayList<>();
            for (String line : logs.messages(AuditLog.LOGGER)) {
                audit.add(JSON.readTree(line));
            }
            assertAuditTrail(audit, loginRequestId);
        }
    }

    /** Runs the scenario, remembering every token issued; returns the request id of the first login. */
    private String scenario() {
        Http.Reply login = http.post("/auth/login", credentials(TestApps.ADMIN, TestApps.ADMIN_PASSWORD),
                "X-Client-Fingerprint", "fp-secret-one", "X-Request-ID", "req-audit-login-1");
        Admin one = new Admin(http, login.json().get("access_token").asText(), "fp-secret-one",
                login.json().get("session_id").asText());
        Admin two = remember(Admin.login(http, "fp-secret-two"));
        remember(one);
        Admin ops = remember(Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-secret-ops"));
        http.post("/auth/login", credentials(TestApps.ADMIN, WRONG_PASSWORD), "X-Client-Fingerprint", "fp-secret-one");
        http.post("/auth/login", credentials("nobody", WRONG_PASSWORD), "X-Client-Fingerprint", "fp-secret-one");
        http.post("/auth/login", credentials(PASSWORD_AS_USER, "x"), "X-Client-Fingerprint", "fp-secret-one");
        one.get("/auth/session_status");
        http.get("/auth/session_status", "Authorization", "Bearer " + one.token(),
                "X-Client-Fingerprint", "fp-secret-wrong");
        http.get("/tokens/validate", "Authorization", "Bearer " + one.token());
        http.post("/tokens/validate?token=" + one.token(), "");
        one.post("/auth/set_pin", "{\"pin\":\"" + PIN + "\"}");
        one.post("/auth/verify_pin", "{\"pin\":\"" + WRONG_PIN + "\"}");
        one.get("/dashboard/config", "X-Session-Pin", WRONG_PIN);
        Http.Reply refreshed = one.post("/tokens/refresh", "");
        one = remember(one.withToken(refreshed.json().get("access_token").asText()));
        one.delete("/auth/sessions/" + two.sessionId(), "X-Session-Pin", PIN);
        two.get("/auth/session_status");
        http.get("/metrics/scrape", "Authorization", "Bearer " + SCRAPE_TOKEN);
        http.get("/metrics/scrape", "Authorization", "Bearer " + SCRAPE_TOKEN + "-wrong");
        one.get("/metrics");
        one.post("/auth/logout", "");
        TIME.advance(Duration.ofMinutes(61)); // ops expires idle
        http.get("/health");
        ops.get("/auth/session_status");
        return "req-audit-login-1";
    }

    private Admin remember(Admin admin) {
        secrets.add(admin.token());
        return admin;
    }

    private static String credentials(String user, String password) {
        return "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    }

    private static void assertAuditTrail(List<JsonNode> audit, String loginRequestId) {
        assertThat(audit).allSatisfy(line -> assertThat(line.fieldNames()).toIterable()
                .contains("event", "timestamp", "session_id", "user", "client_ip", "request_id"));
        JsonNode firstLogin = audit.stream().filter(l -> l.get("event").asText().equals("login_success"))
                .findFirst().orElseThrow();
        assertThat(firstLogin.get("request_id").asText()).isEqualTo(loginRequestId);
        assertThat(firstLogin.get("client_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(firstLogin.get("user").asText()).isEqualTo(TestApps.ADMIN);
        assertThat(events(audit, "login_success")).isEqualTo(3);
        assertThat(events(audit, "session_start")).isEqualTo(3);
        assertThat(audit).filteredOn(l -> l.get("event").asText().equals("login_failure"))
                .extracting(l -> l.get("user").isNull() ? null : l.get("user").asText())
                .containsExactly(TestApps.ADMIN, null, null); // unknown names are not logged
        assertThat(events(audit, "session_revoked")).isEqualTo(1);
        assertThat(audit).filteredOn(l -> l.get("event").asText().equals("pin_failure"))
                .extracting(l -> l.get("attempts_remaining").asInt())
                .containsExactly(4); // verify_pin with a wrong PIN; GET /dashboard/config needs no PIN
        assertThat(audit).filteredOn(l -> l.get("event").asText().equals("session_end"))
                .extracting(l -> l.get("reason").asText())
                .containsExactlyInAnyOrder("revoked", "revoked", "idle_timeout");
        assertThat(audit).filteredOn(l -> l.get("event").asText().equals("login_failure"))
                .allSatisfy(l -> assertThat(l.get("reason").asText()).isEqualTo("authentication-failed"))
                .allSatisfy(l -> assertThat(l.get("request_id").asText()).startsWith("req_"));
    }

    private static long events(List<JsonNode> audit, String event) {
        return audit.stream().filter(l -> l.get("event").asText().equals(event)).count();
    }
}
