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

/** The endpoints of SPEC §3 for a logged-in admin, over real HTTP. */
@ExtendWith(DropwizardExtensionsSupport.class)
class EndpointsTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    @Test
    void rootAnswersTheBanner() {
        Http.Reply reply = http.get("/");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("{\"service\":\"ARCP\",\"version\":");
        assertThat(reply.json().get("status").asText()).isEqualTo("healthy");
        assertThat(reply.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(reply.header("X-Frame-Options")).contains("DENY");
        assertThat(reply.header("Referrer-Policy")).contains("no-referrer");
        assertThat(reply.header("X-Request-ID").orElseThrow()).matches("req_[0-9a-f]{12}");
    }

    @Test
    void sessionStatusDescribesTheSessionWithItsDeadlines() {
        Admin admin = Admin.login(http, "fp-status");
        Instant loginAt = TIME.instant();
        TIME.advance(Duration.ofMinutes(5));
        admin.get("/dashboard/config");
        JsonNode s = admin.get("/auth/session_status").json();
        assertThat(s.get("valid").asBoolean()).isTrue();
        assertThat(s.get("user_id").asText()).isEqualTo("ARCP");
        assertThat(s.get("role").asText()).isEqualTo("admin");
        assertThat(s.get("agent_id").asText()).isEqualTo("user_ARCP");
        assertThat(s.get("is_admin").asBoolean()).isTrue();
        assertThat(s.get("session_exists").asBoolean()).isTrue();
        assertThat(s.get("pin_set").asBoolean()).isFalse();
        assertThat(s.get("pin_verified").asBoolean()).isFalse();
        assertThat(s.get("session_id").asText()).isEqualTo(admin.sessionId());
        assertThat(Instant.parse(s.get("created_at").asText())).isEqualTo(loginAt);
        assertThat(Instant.parse(s.get("last_access_at").asText())).isEqualTo(TIME.instant());
        assertThat(Instant.parse(s.get("idle_expires_at").asText())).isEqualTo(TIME.instant().plus(Duration.ofHours(1)));
        assertThat(Instant.parse(s.get("absolute_expires_at").asText())).isEqualTo(loginAt.plus(Duration.ofHours(12)));
        assertThat(s.get("expires").asLong()).isEqualTo(TIME.instant().plus(Duration.ofHours(1)).getEpochSecond());
        admin.post("/auth/logout", null);
    }

    @Test
    void sessionsListsTheUsersLiveSessionsWithoutSecrets() {
        Admin one = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-list-1");
        Admin two = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-list-2");
        Admin.login(http, "fp-list-other-user");
        Http.Reply reply = two.get("/auth/sessions", "User-Agent", "ignored-after-login");
        JsonNode sessions = reply.json().get("sessions");
        assertThat(sessions).hasSize(2);
        assertThat(sessions.findValuesAsText("session_id")).containsExactlyInAnyOrder(one.sessionId(), two.sessionId());
        JsonNode current = sessions.get(0).get("current").asBoolean() ? sessions.get(0) : sessions.get(1);
        assertThat(current.get("session_id").asText()).isEqualTo(two.sessionId());
        assertThat(current.get("client_ip").asText()).isEqualTo("127.0.0.1");
        assertThat(current.has("user_agent")).isTrue();
        assertThat(reply.body()).doesNotContain(one.token()).doesNotContain(two.token()).doesNotContain("fp-list");
        two.post("/auth/logout_all", null);
    }

    @Test
    void deleteEndsAnotherSessionOfTheSameUser() {
        Admin one = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-del-1");
        Admin two = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-del-2");
        assertThat(two.post("/auth/set_pin", "{\"pin\":\"482913\"}").status()).isEqualTo(200);
        assertProblem(two.delete("/auth/sessions/" + one.sessionId()), 400, "pin-required");
        Http.Reply reply = two.delete("/auth/sessions/" + one.sessionId(), "X-Session-Pin", "482913");
        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
        assertThat(assertProblem(one.get("/auth/session_status"), 401, "session-invalid").get("reason").asText())
                .isEqualTo("revoked");
        assertProblem(two.delete("/auth/sessions/" + one.sessionId(), "X-Session-Pin", "482913"), 404, "not-found");
        assertProblem(two.delete("/auth/sessions/sess_0000000000000000", "X-Session-Pin", "482913"), 404, "not-found");
        two.post("/auth/logout_all", null);
    }

    @Test
    void deleteCannotReachAnotherUsersSession() {
        Admin ops = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-cross-1");
        Admin arcp = Admin.login(http, "fp-cross-2");
        arcp.post("/auth/set_pin", "{\"pin\":\"482913\"}");
        assertProblem(arcp.delete("/auth/sessions/" + ops.sessionId(), "X-Session-Pin", "482913"), 404, "not-found");
        assertThat(ops.get("/auth/session_status").status()).isEqualTo(200);
        ops.post("/auth/logout", null);
        arcp.post("/auth/logout", null);
    }

    @Test
    void logoutAllEndsEverySessionOfTheUserOnly() {
        Admin a = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-all-1");
        Admin b = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-all-2");
        Admin other = Admin.login(http, "fp-all-3");
        Http.Reply reply = b.post("/auth/logout_all", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("success");
        assertThat(reply.json().get("ended").asInt()).isEqualTo(2);
        assertProblem(a.get("/auth/session_status"), 401, "session-invalid");
        assertProblem(b.get("/auth/session_status"), 401, "session-invalid");
        assertThat(other.get("/auth/session_status").status()).isEqualTo(200);
        other.post("/auth/logout", null);
    }

    @Test
    void dashboardConfigShowsTheSettingsInForce() {
        Admin admin = Admin.login(http, "fp-dash");
        JsonNode config = admin.get("/dashboard/config").json();
        assertThat(config.get("idle_timeout").asLong()).isEqualTo(3600);
        assertThat(config.get("absolute_timeout").asLong()).isEqualTo(43200);
        assertThat(config.get("max_per_user").asInt()).isEqualTo(5);
        assertThat(config.get("ui").isObject()).isTrue();
        admin.post("/auth/logout", null);
        assertProblem(http.get("/dashboard/config"), 401, "authentication-failed");
    }

    @Test
    void validateWithHeaderAnswersPayloadOrTheProblem() {
        Admin admin = Admin.login(http, "fp-validate");
        JsonNode ok = admin.get("/tokens/validate").json();
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("agent_id").asText()).isEqualTo("user_ARCP");
        JsonNode payload = ok.get("payload");
        assertThat(payload.get("sub").asText()).isEqualTo("ARCP");
        assertThat(payload.get("role").asText()).isEqualTo("admin");
        assertThat(payload.get("session_id").asText()).isEqualTo(admin.sessionId());
        assertThat(payload.get("iat").asLong()).isEqualTo(TIME.instant().getEpochSecond());
        assertThat(payload.get("exp").asLong()).isEqualTo(TIME.instant().plus(Duration.ofHours(1)).getEpochSecond());
        admin.post("/auth/logout", null);
        JsonNode refused = assertProblem(admin.get("/tokens/validate"), 401, "session-invalid");
        assertThat(refused.get("valid").asBoolean()).isFalse();
        assertThat(refused.get("error").asText()).isNotBlank();
        assertThat(refused.get("reason").asText()).isEqualTo("revoked");
    }

    @Test
    void validateWithQueryIsAlways200() {
        Admin admin = Admin.login(http, "fp-validate-q");
        Http.Reply ok = http.post("/tokens/validate?token=" + admin.token(), null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("valid").asBoolean()).isTrue();
        assertThat(ok.json().get("payload").get("session_id").asText()).isEqualTo(admin.sessionId());
        Http.Reply bad = http.post("/tokens/validate?token=garbage", null);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.json().get("valid").asBoolean()).isFalse();
        assertThat(bad.json().get("error").asText()).isNotBlank();
        assertThat(bad.body()).doesNotContain("garbage");
        Http.Reply none = http.post("/tokens/validate", null);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("valid").asBoolean()).isFalse();
        admin.post("/auth/logout", null);
        assertThat(http.post("/tokens/validate?token=" + admin.token(), null).json().get("valid").asBoolean()).isFalse();
    }
}
