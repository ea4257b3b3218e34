package tech.arcp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.LogCapture;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** Throttle lockouts and wrong PINs reach the audit log, with no password or PIN in it. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LockoutAuditTest {
    private static final TestTime TIME = new TestTime();
    private static final ObjectMapper JSON = new ObjectMapper();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    @Test
    void lockoutAndPinFailuresAreAuditedWithoutSecrets() throws Exception {
        Http http = new Http(APP.getLocalPort());
        try (LogCapture logs = LogCapture.attach(Map.of(AuditLog.LOGGER, Level.INFO, "ROOT", Level.INFO))) {
            Admin admin = Admin.login(http, "fp-audit-pin");
            admin.post("/auth/set_pin", "{\"pin\":\"640218\"}");
            admin.post("/auth/verify_pin", "{\"pin\":\"999111\"}");
            for (int i = 0; i < 5; i++) {
                http.post("/auth/login", "{\"username\":\"ops\",\"password\":\"guess-" + i + "\"}",
                        "X-Client-Fingerprint", "fp-audit");
            }
            assertProblem(http.post("/auth/login", "{\"username\":\"ops\",\"password\":\"ops-password-456\"}",
                    "X-Client-Fingerprint", "fp-audit"), 429, "rate-limit-exceeded");

            List<JsonNode> audit = new ArrayList<>();
            for (String line : logs.messages(AuditLog.LOGGER)) {
                audit.add(JSON.readTree(line));
            }
            List<JsonNode> lockouts = audit.stream()
                    .filter(l -> l.get("event").asText().equals("throttle_lockout")).toList();
            assertThat(lockouts).extracting(l -> l.get("key_type").asText()).containsExactly("username", "client_ip");
            assertThat(lockouts).allSatisfy(l -> {
                assertThat(l.get("user").asText()).isEqualTo("ops");
                assertThat(l.get("client_ip").asText()).isEqualTo("127.0.0.1");
                assertThat(l.get("locked_seconds").asLong()).isEqualTo(300);
            });
            assertThat(audit).filteredOn(l -> l.get("event").asText().equals("pin_failure"))
                    .singleElement().satisfies(l -> {
                        assertThat(l.get("session_id").asText()).isEqualTo(admin.sessionId());
                        assertThat(l.get("attempts_remaining").asInt()).isEqualTo(4);
                    });
            assertThat(logs.text()).doesNotContain("guess-").doesNotContain("640218").doesNotContain("999111")
                    .doesNotContain(admin.token());
        }
    }
}
