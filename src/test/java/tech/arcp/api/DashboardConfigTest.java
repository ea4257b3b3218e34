package tech.arcp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** {@code /dashboard/config} and the {@code X-Session-Pin} guard of critical operations. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DashboardConfigTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);
    private static final String PIN = "7391";
    private static final String DEFAULTS = "{\"idle_timeout\":3600,\"absolute_timeout\":43200,\"max_per_user\":5,\"ui\":{}}";

    private Http http;
    private Admin admin;

    @BeforeEach
    void loginWithPin() {
        TIME.advance(Duration.ofDays(1));
        http = new Http(APP.getLocalPort());
        admin = Admin.login(http, "fp-dash");
        assertThat(admin.post("/auth/set_pin", PinApiTest.pin(PIN)).status()).isEqualTo(200);
    }

    @AfterEach
    void restoreDefaults() {
        Admin restorer = Admin.login(http, "fp-restore");
        restorer.post("/auth/set_pin", PinApiTest.pin(PIN));
        assertThat(restorer.post("/dashboard/config", DEFAULTS, "X-Session-Pin", PIN).status()).isEqualTo(200);
    }

    private Http.Reply change(String body) {
        return admin.post("/dashboard/config", body, "X-Session-Pin", PIN);
    }

    @Test
    void getShowsSettingsPinRulesThrottlesAndUi() {
        JsonNode config = admin.get("/dashboard/config").json();
        assertThat(config.get("idle_timeout").asLong()).isEqualTo(3600);
        assertThat(config.get("absolute_timeout").asLong()).isEqualTo(43200);
        assertThat(config.get("max_per_user").asInt()).isEqualTo(5);
        assertThat(config.get("pin").toString()).isEqualTo("{\"min_length\":4,\"max_length\":32,\"max_attempts\":5}");
        assertThat(config.get("login_throttle").toString())
                .isEqualTo("{\"max_failures\":5,\"window\":900,\"lockout\":300,\"max_lockout\":3600}");
        assertThat(config.get("pin_throttle").get("max_failures").asInt()).isEqualTo(20);
        assertThat(config.get("ui").isObject()).isTrue();
    }

    @Test
    void changesApplyAtOnceAndShowInConfigAndSessionStatus() {
        Http.Reply reply = change("{\"idle_timeout\":600,\"absolute_timeout\":7200,\"max_per_user\":3,"
                + "\"ui\":{\"theme\":\"dark\",\"columns\":[\"a\",\"b\"],\"nested\":{\"x\":1}}}");
        assertThat(reply.status()).isEqualTo(200);
        for (JsonNode config : new JsonNode[] {reply.json(), admin.get("/dashboard/config").json()}) {
            assertThat(config.get("idle_timeout").asLong()).isEqualTo(600);
            assertThat(config.get("absolute_timeout").asLong()).isEqualTo(7200);
            assertThat(config.get("max_per_user").asInt()).isEqualTo(3);
            assertThat(config.get("ui").toString()).isEqualTo("{\"theme\":\"dark\",\"columns\":[\"a\",\"b\"],\"nested\":{\"x\":1}}");
        }
        assertThat(admin.get("/auth/session_status").json().get("idle_timeout").asLong()).isEqualTo(600);
    }

    @Test
    void shorterIdleTimeoutEndsIdleLiveSessions() {
        Admin idle = Admin.login(http, "fp-idle");
        assertThat(change("{\"idle_timeout\":120}").status()).isEqualTo(200);
        TIME.advance(Duration.ofSeconds(121));
        JsonNode body = assertProblem(idle.get("/auth/session_status"), 401, "session-expired");
        assertThat(body.get("reason").asText()).isEqualTo("idle_timeout");
        assertThat(body.get("session_timeout").asLong()).isEqualTo(120);
        assertThat(body.get("detail").asText()).isEqualTo("Admin session has expired after 2 minutes of inactivity");
    }

    @Test
    void lowerMaxPerUserAppliesAtTheNextLogin() {
        TIME.advance(Duration.ofSeconds(1)); // distinct last-access ticks: the LRU order is unambiguous
        Admin.login(http, "fp-extra-1");
        TIME.advance(Duration.ofSeconds(1));
        Admin.login(http, "fp-extra-2");
        TIME.advance(Duration.ofSeconds(1));
        assertThat(change("{\"max_per_user\":2}").status()).isEqualTo(200);
        TIME.advance(Duration.ofSeconds(1));
        Admin newest = Admin.login(http, "fp-extra-3");
        JsonNode sessions = newest.get("/auth/sessions").json().get("sessions");
        assertThat(sessions.findValuesAsText("session_id")).containsExactlyInAnyOrder(admin.sessionId(), newest.sessionId());
    }

    @Test
    void partialChangeKeepsTheOtherValuesAndUi() {
        change("{\"ui\":{\"theme\":\"dark\"}}");
        JsonNode config = change("{\"max_per_user\":4}").json();
        assertThat(config.get("max_per_user").asInt()).isEqualTo(4);
        assertThat(config.get("idle_timeout").asLong()).isEqualTo(3600);
        assertThat(config.get("ui").get("theme").asText()).isEqualTo("dark");
    }

    @Test
    void invalidChangesAreRefusedAndChangeNothing() {
        String before = admin.get("/dashboard/config").body();
        assertField(change("{\"idle_timeout\":50000,\"absolute_timeout\":40000}"), "idle_timeout");
        assertField(change("{\"idle_timeout\":7200,\"absolute_timeout\":3600}"), "idle_timeout");
        assertField(change("{\"idle_timeout\":10}"), "idle_timeout");
        assertField(change("{\"absolute_timeout\":99999999999}"), "absolute_timeout");
        assertField(change("{\"max_per_user\":0}"), "max_per_user");
        assertField(change("{\"max_per_user\":1001}"), "max_per_user");
        assertField(change("{\"ui\":{\"blob\":\"" + "x".repeat(16 * 1024) + "\"}}"), "ui");
        assertProblem(change("{\"ui\":\"dark\"}"), 400, "invalid-input");
        assertProblem(change("{\"ui\":[1,2]}"), 400, "invalid-input");
        assertProblem(change("{\"idle_timeout\":\"soon\"}"), 400, "invalid-input");
        assertField(change("{\"idle_timout\":600}"), "idle_timout");
        assertProblem(change("not json"), 400, "invalid-input");
        assertThat(admin.get("/dashboard/config").body()).isEqualTo(before);
    }

    private static void assertField(Http.Reply reply, String field) {
        JsonNode body = assertProblem(reply, 422, "validation-failed");
        assertThat(body.get("validation_errors").findValuesAsText("field")).contains(field);
    }

    @Test
    void uiJustUnderTheLimitIsStored() {
        String blob = "x".repeat(16 * 1024 - 20);
        assertThat(change("{\"ui\":{\"blob\":\"" + blob + "\"}}").status()).isEqualTo(200);
        assertThat(admin.get("/dashboard/config").json().get("ui").get("blob").asText()).isEqualTo(blob);
    }

    @Test
    void postNeedsThePinHeader() {
        String before = admin.get("/dashboard/config").body();
        assertProblem(admin.post("/dashboard/config", "{\"max_per_user\":2}"), 400, "pin-required");
        JsonNode wrong = assertProblem(admin.post("/dashboard/config", "{\"max_per_user\":2}", "X-Session-Pin", "8462"),
                401, "pin-incorrect");
        assertThat(wrong.get("attempts_remaining").asInt()).isEqualTo(4);
        Admin noPin = Admin.login(http, "fp-nopin");
        assertProblem(noPin.post("/dashboard/config", "{\"max_per_user\":2}", "X-Session-Pin", PIN), 400, "pin-not-set");
        assertThat(admin.get("/dashboard/config").body()).isEqualTo(before);
        assertProblem(http.post("/dashboard/config", "{\"max_per_user\":2}", "X-Session-Pin", PIN), 401,
                "authentication-failed");
    }

    @Test
    void wrongHeaderPinsCountTowardTheFiveStrikes() {
        for (int i = 0; i < 5; i++) {
            admin.post("/dashboard/config", "{}", "X-Session-Pin", "8462");
        }
        assertThat(assertProblem(admin.get("/auth/pin_status"), 401, "session-invalid").get("reason").asText())
                .isEqualTo("pin_attempts");
    }

    @Test
    void revokingAnotherSessionNeedsThePinButOwnDoesNot() {
        Admin other = Admin.login(http, "fp-other");
        assertProblem(admin.delete("/auth/sessions/" + other.sessionId()), 400, "pin-required");
        assertProblem(admin.delete("/auth/sessions/" + other.sessionId(), "X-Session-Pin", "8462"), 401, "pin-incorrect");
        assertThat(other.get("/auth/session_status").status()).isEqualTo(200);
        assertThat(admin.delete("/auth/sessions/" + other.sessionId(), "X-Session-Pin", PIN).status()).isEqualTo(204);
        assertThat(assertProblem(other.get("/auth/session_status"), 401, "session-invalid").get("reason").asText())
                .isEqualTo("revoked");
        assertProblem(admin.delete("/auth/sessions/sess_0000000000000000", "X-Session-Pin", PIN), 404, "not-found");

        Admin self = Admin.login(http, "fp-self");
        assertThat(self.delete("/auth/sessions/" + self.sessionId()).status()).isEqualTo(204);
    }
}
