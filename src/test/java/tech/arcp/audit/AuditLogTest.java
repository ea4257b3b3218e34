package tech.arcp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tech.arcp.session.EndReason;
import tech.arcp.session.PinState;
import tech.arcp.session.Session;
import tech.arcp.session.TokenCodec;
import tech.arcp.testing.LogCapture;
import tech.arcp.testing.TestTime;

class AuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestTime time = new TestTime();
    private final AuditLog audit = new AuditLog(JSON, time);
    private final TokenCodec codec = new TokenCodec("audit-test-key-0123456789abcdefgh".getBytes(StandardCharsets.UTF_8));
    private final LogCapture capture = LogCapture.attach(Map.of(AuditLog.LOGGER, Level.INFO));
    private final Session session = session("alice", "10.0.0.7");

    private Session session(String user, String ip) {
        TokenCodec.IssuedToken issued = codec.issue(user);
        return new Session(issued.key(), issued.key().idBits(), user, codec.fingerprint("fp"), time.millis(),
                time.read(), time.read(), ip, "agent", PinState.NONE);
    }

    @AfterEach
    void detach() {
        capture.close();
        MDC.clear();
    }

    private JsonNode onlyLine() throws Exception {
        assertThat(capture.messages(AuditLog.LOGGER)).hasSize(1);
        return JSON.readTree(capture.messages(AuditLog.LOGGER).get(0));
    }

    @Test
    void pinFailureCarriesSessionUserRequestAndClientIp() throws Exception {
        MDC.put("request_id", "req_pin_1");
        MDC.put(AuditLog.CLIENT_IP, "10.0.0.8");

        audit.pinFailed(session, 3);

        JsonNode line = onlyLine();
        assertThat(line.get("event").asText()).isEqualTo("pin_failure");
        assertThat(line.get("timestamp").asText()).isEqualTo("2026-11-24T10:00:00.000Z");
        assertThat(line.get("session_id").asText()).isEqualTo(session.id());
        assertThat(line.get("user").asText()).isEqualTo("alice");
        assertThat(line.get("client_ip").asText()).isEqualTo("10.0.0.8");
        assertThat(line.get("request_id").asText()).isEqualTo("req_pin_1");
        assertThat(line.get("attempts_remaining").asInt()).isEqualTo(3);
    }

    @Test
    void throttleLockoutNamesTheKeyAndDuration() throws Exception {
        MDC.put("request_id", "req_lock_1");

        audit.lockedOut("username", "alice", "10.0.0.9", Duration.ofMinutes(5));

        JsonNode line = onlyLine();
        assertThat(line.get("event").asText()).isEqualTo("throttle_lockout");
        assertThat(line.get("key_type").asText()).isEqualTo("username");
        assertThat(line.get("locked_seconds").asLong()).isEqualTo(300);
        assertThat(line.get("user").asText()).isEqualTo("alice");
        assertThat(line.get("client_ip").asText()).isEqualTo("10.0.0.9");
        assertThat(line.get("session_id").isNull()).isTrue();
        assertThat(line.get("request_id").asText()).isEqualTo("req_lock_1");
    }

    @Test
    void anExpiryIsAttributedToTheSessionNotToTheRequestThatCleanedUp() throws Exception {
        MDC.put("request_id", "req_health_1");
        MDC.put(AuditLog.CLIENT_IP, "192.0.2.1");

        audit.ended(session, EndReason.IDLE_TIMEOUT);

        JsonNode line = onlyLine();
        assertThat(line.get("event").asText()).isEqualTo("session_end");
        assertThat(line.get("reason").asText()).isEqualTo("idle_timeout");
        assertThat(line.get("client_ip").asText()).isEqualTo("10.0.0.7");
        assertThat(line.get("request_id").isNull()).isTrue();
    }

    @Test
    void aRevocationNamesTheSessionThatRevoked() throws Exception {
        Session actor = session("alice", "10.0.0.1");
        audit.revoked(actor, session);
        JsonNode line = onlyLine();
        assertThat(line.get("event").asText()).isEqualTo("session_revoked");
        assertThat(line.get("session_id").asText()).isEqualTo(session.id());
        assertThat(line.get("by_session_id").asText()).isEqualTo(actor.id());
    }

    @Test
    void aFailedLoginIsOneJsonLineEvenWithHostileUserNames() throws Exception {
        audit.loginFailed("eve\"\n{\"event\":\"login_success\"}", "10.0.0.2", "authentication-failed");
        JsonNode line = onlyLine();
        assertThat(capture.messages(AuditLog.LOGGER).get(0)).doesNotContain("\n");
        assertThat(line.get("event").asText()).isEqualTo("login_failure");
        assertThat(line.get("reason").asText()).isEqualTo("authentication-failed");
    }
}
