package tech.arcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;
import io.dropwizard.testing.ConfigOverride;

/** The whole story of SPEC §2 over real HTTP, with fake time. */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionLifecycleTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            ConfigOverride.config("sessions.idleTimeout", "10 minutes"),
            ConfigOverride.config("sessions.absoluteTimeout", "30 minutes"),
            ConfigOverride.config("sessions.maxPerUser", "3"));

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    @Test
    void loginAnswersTokenAndSessionFields() {
        Http.Reply reply = http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"test-password-123\"}",
                "X-Client-Fingerprint", "fp-login");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.get("access_token").asText()).hasSize(80);
        assertThat(body.get("token_type").asText()).isEqualTo("bearer");
        assertThat(body.get("expires_in").isNumber()).isTrue();
        assertThat(body.get("expires_in").asLong()).isEqualTo(600);
        assertThat(body.get("idle_timeout").asLong()).isEqualTo(600);
        assertThat(body.get("agent_id").asText()).isEqualTo("user_ARCP");
        assertThat(body.get("session_id").asText()).matches("sess_[0-9a-f]{16}");
        assertThat(Instant.parse(body.get("absolute_expires_at").asText()))
                .isEqualTo(TIME.instant().plus(Duration.ofMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(reply.header("Cache-Control")).contains("no-store");
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerTheSameProblem() {
        Http.Reply wrong = http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"nope\"}",
                "X-Client-Fingerprint", "fp");
        Http.Reply unknown = http.post("/auth/login", "{\"username\":\"nobody\",\"password\":\"nope\"}",
                "X-Client-Fingerprint", "fp");
        assertThat(assertProblem(wrong, 401, "authentication-failed").get("detail"))
                .isEqualTo(assertProblem(unknown, 401, "authentication-failed").get("detail"));
        assertThat(wrong.body()).doesNotContain("nope");
    }

    @Test
    void loginWithoutFingerprintNamesTheHeader() {
        Http.Reply reply = http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"test-password-123\"}");
        assertThat(assertProblem(reply, 400, "required-header-missing").get("header").asText())
                .isEqualTo("X-Client-Fingerprint");
    }

    @Test
    void loginWithBadFingerprintIsInvalidInput() {
        Http.Reply reply = http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"test-password-123\"}",
                "X-Client-Fingerprint", "x".repeat(257));
        assertProblem(reply, 400, "invalid-input");
    }

    @Test
    void requestWithoutBearerIsAuthenticationFailed() {
        assertProblem(http.get("/auth/session_status"), 401, "authentication-failed");
        assertProblem(http.get("/auth/session_status", "Authorization", "Basic QUJDOmRlZg=="), 401,
                "authentication-failed");
    }

    @Test
    void garbageTokenIsTokenInvalid() {
        Http.Reply reply = http.get("/auth/session_status", "Authorization", "Bearer garbage",
                "X-Client-Fingerprint", "fp");
        JsonNode body = assertProblem(reply, 401, "token-invalid");
        assertThat(body.has("session_id")).isFalse();
        assertThat(reply.body()).doesNotContain("garbage");
    }

    @Test
    void tokenOfAnotherKeyIsTokenInvalid() {
        String forged = new tech.arcp.session.TokenCodec("some-other-key-0123456789abcdefghij".getBytes())
                .issue("ARCP").token();
        assertProblem(http.get("/auth/session_status", "Authorization", "Bearer " + forged,
                "X-Client-Fingerprint", "fp"), 401, "token-invalid");
    }

    @Test
    void idleSessionIsExpiredWithTimeoutAndDetail() {
        Admin admin = Admin.login(http, "fp-idle");
        TIME.advance(Duration.ofMinutes(10));
        JsonNode body = assertProblem(admin.get("/auth/session_status"), 401, "session-expired");
        assertThat(body.get("reason").asText()).isEqualTo("idle_timeout");
        assertThat(body.get("session_timeout").isInt()).isTrue();
        assertThat(body.get("session_timeout").asInt()).isEqualTo(600);
        assertThat(body.get("detail").asText()).isEqualTo("Admin session has expired after 10 minutes of inactivity");
        assertThat(body.get("session_id").asText()).isEqualTo(admin.sessionId());
        assertThat(body.get("instance").asText()).isEqualTo("/auth/session_status");
    }

    @Test
    void activeSessionEndsAtItsAbsoluteLifetime() {
        Admin admin = Admin.login(http, "fp-abs");
        for (int i = 0; i < 3; i++) {
            TIME.advance(Duration.ofMinutes(9));
            assertThat(admin.get("/dashboard/config").status()).isEqualTo(200);
        }
        TIME.advance(Duration.ofMinutes(3));
        JsonNode body = assertProblem(admin.get("/dashboard/config"), 401, "session-expired");
        assertThat(body.get("reason").asText()).isEqualTo("absolute_timeout");
    }

    @Test
    void slidingRequestKeepsSessionAliveButQuietReadsDoNot() {
        Admin admin = Admin.login(http, "fp-quiet");
        TIME.advance(Duration.ofMinutes(9));
        assertThat(admin.get("/auth/session_status").status()).isEqualTo(200);
        assertThat(admin.get("/auth/sessions").status()).isEqualTo(200);
        assertThat(admin.get("/tokens/validate").status()).isEqualTo(200);
        TIME.advance(Duration.ofMinutes(1));
        assertThat(assertProblem(admin.get("/auth/session_status"), 401, "session-expired").get("reason").asText())
                .isEqualTo("idle_timeout");

        Admin busy = Admin.login(http, "fp-busy");
        TIME.advance(Duration.ofMinutes(9));
        assertThat(busy.get("/dashboard/config").status()).isEqualTo(200);
        TIME.advance(Duration.ofMinutes(9));
        JsonNode status = busy.get("/auth/session_status").json();
        assertThat(status.get("valid").asBoolean()).isTrue();
        assertThat(Instant.parse(status.get("last_access_at").asText())).isEqualTo(TIME.instant().minus(Duration.ofMinutes(9)));
    }

    @Test
    void logoutRevokesTheToken() {
        Admin admin = Admin.login(http, "fp-logout");
        Http.Reply logout = admin.post("/auth/logout", null);
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.json().get("status").asText()).isEqualTo("success");
        assertThat(logout.json().get("message").asText()).isEqualTo("Logged out and session PIN cleared");
        JsonNode body = assertProblem(admin.get("/auth/session_status"), 401, "session-invalid");
        assertThat(body.get("reason").asText()).isEqualTo("revoked");
        assertThat(body.get("session_id").asText()).isEqualTo(admin.sessionId());
    }

    @Test
    void refreshRotatesTokenKeepingSessionAndAbsoluteDeadline() {
        Admin admin = Admin.login(http, "fp-refresh");
        JsonNode before = admin.get("/auth/session_status").json();
        Http.Reply refresh = admin.post("/tokens/refresh", null);
        assertThat(refresh.status()).isEqualTo(200);
        assertThat(refresh.json().get("token_type").asText()).isEqualTo("bearer");
        assertThat(refresh.json().get("expires_in").asLong()).isEqualTo(600);
        Admin rotated = admin.withToken(refresh.json().get("access_token").asText());
        JsonNode after = rotated.get("/auth/session_status").json();
        assertThat(after.get("session_id")).isEqualTo(before.get("session_id"));
        assertThat(after.get("absolute_expires_at")).isEqualTo(before.get("absolute_expires_at"));
        assertThat(assertProblem(admin.get("/auth/session_status"), 401, "session-invalid").get("reason").asText())
                .isEqualTo("revoked");
        assertProblem(rotated.get("/auth/session_status", "X-Client-Fingerprint", "x"), 401, "session-invalid");
    }

    @Test
    void loginOverTheLimitEvictsLeastRecentlyUsedSession() {
        Admin first = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-lim-1");
        TIME.advance(Duration.ofSeconds(1));
        Admin second = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-lim-2");
        TIME.advance(Duration.ofSeconds(1));
        Admin third = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-lim-3");
        TIME.advance(Duration.ofSeconds(1));
        assertThat(first.get("/dashboard/config").status()).isEqualTo(200); // first is now the most recent
        TIME.advance(Duration.ofSeconds(1));
        Admin fourth = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-lim-4");
        JsonNode body = assertProblem(second.get("/auth/session_status"), 401, "session-invalid");
        assertThat(body.get("reason").asText()).isEqualTo("evicted");
        assertThat(first.get("/auth/session_status").status()).isEqualTo(200);
        assertThat(third.get("/auth/session_status").status()).isEqualTo(200);
        JsonNode sessions = fourth.get("/auth/sessions").json().get("sessions");
        assertThat(sessions).hasSize(3);
        fourth.post("/auth/logout_all", null);
    }

    @Test
    void fingerprintMissingOrDifferentIsSessionInvalid() {
        Admin admin = Admin.login(http, "fp-bound");
        JsonNode missing = assertProblem(http.get("/auth/session_status", "Authorization", "Bearer " + admin.token()),
                401, "session-invalid");
        assertThat(missing.get("reason").asText()).isEqualTo("fingerprint_missing");
        JsonNode other = assertProblem(http.get("/auth/session_status", "Authorization", "Bearer " + admin.token(),
                "X-Client-Fingerprint", "fp-other"), 401, "session-invalid");
        assertThat(other.get("reason").asText()).isEqualTo("fingerprint_mismatch");
        assertThat(other.get("detail").asText()).isEqualTo("Session fingerprint mismatch - please re-authenticate");
        assertThat(other.get("session_id").asText()).isEqualTo(admin.sessionId());
        assertThat(admin.get("/auth/session_status").status()).isEqualTo(200);
    }

    @Test
    void wrongFingerprintDoesNotSlideTheIdleTimer() {
        Admin admin = Admin.login(http, "fp-noslide");
        TIME.advance(Duration.ofMinutes(9));
        http.get("/dashboard/config", "Authorization", "Bearer " + admin.token(), "X-Client-Fingerprint", "fp-wrong");
        TIME.advance(Duration.ofMinutes(1));
        assertThat(assertProblem(admin.get("/dashboard/config"), 401, "session-expired").get("reason").asText())
                .isEqualTo("idle_timeout");
    }

    @Test
    void tokenIsNeverAcceptedFromTheQueryString() {
        Admin admin = Admin.login(http, "fp-query");
        assertProblem(http.get("/auth/session_status?token=" + admin.token() + "&access_token=" + admin.token(),
                "X-Client-Fingerprint", "fp-query"), 401, "authentication-failed");
    }
}
