package tech.arcp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * Login and PIN throttles over real HTTP (SPEC §5). The loopback peer is a trusted proxy here, so
 * each test can speak for several client addresses through {@code X-Forwarded-For}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ThrottleApiTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            ConfigOverride.config("clientIp.trustedProxies", "127.0.0.1/32"),
            ConfigOverride.config("pinThrottle.maxFailures", "3"));

    private Http http;

    @BeforeEach
    void forgetThrottles() {
        TIME.advance(Duration.ofDays(1));
        http = new Http(APP.getLocalPort());
    }

    private Http.Reply login(String user, String password, String clientIp) {
        return http.post("/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}",
                "X-Client-Fingerprint", "fp-throttle", "X-Forwarded-For", clientIp);
    }

    private static void assertLocked(Http.Reply reply, long retryAfter, String attemptType) {
        JsonNode body = assertProblem(reply, 429, "rate-limit-exceeded");
        assertThat(body.get("attempt_type").asText()).isEqualTo(attemptType);
        assertThat(body.get("retry_after").isIntegralNumber()).isTrue();
        assertThat(body.get("retry_after").asLong()).isEqualTo(retryAfter);
        assertThat(reply.header("Retry-After")).contains(String.valueOf(retryAfter));
    }

    @Test
    void fiveWrongPasswordsLockTheUserEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertProblem(login(TestApps.ADMIN, "wrong", "198.51.100." + i), 401, "authentication-failed");
        }
        assertLocked(login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "198.51.100.77"), 300, "login");
        TIME.advance(Duration.ofSeconds(100));
        assertLocked(login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "198.51.100.78"), 200, "login");
        assertThat(login(TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "198.51.100.79").status()).isEqualTo(200);
        TIME.advance(Duration.ofSeconds(200));
        assertThat(login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "198.51.100.80").status()).isEqualTo(200);
    }

    @Test
    void lockoutDoublesForARepeatOffender() {
        for (int i = 0; i < 5; i++) {
            login("ghost", "wrong", "198.51.100." + i);
        }
        TIME.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            login("ghost", "wrong", "198.51.100." + (10 + i));
        }
        assertLocked(login("ghost", "wrong", "198.51.100.99"), 600, "login");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressOnly() {
        for (int i = 0; i < 5; i++) {
            assertProblem(login("nobody" + i, "wrong", "203.0.113.9"), 401, "authentication-failed");
        }
        assertLocked(login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "203.0.113.9"), 300, "login");
        assertThat(login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "203.0.113.10").status()).isEqualTo(200);
    }

    @Test
    void successClearsTheUserNameKey() {
        for (int i = 0; i < 4; i++) {
            login(TestApps.ADMIN, "wrong", "198.51.100." + i);
        }
        assertThat(login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "198.51.100.50").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            login(TestApps.ADMIN, "wrong", "198.51.100." + (20 + i));
        }
        assertThat(login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "198.51.100.51").status()).isEqualTo(200);
    }

    @Test
    void unknownUserAndWrongPasswordAnswerAlike() {
        Http.Reply unknown = login("nobody", "wrong", "198.51.100.1");
        Http.Reply wrong = login(TestApps.ADMIN, "wrong", "198.51.100.2");
        JsonNode a = assertProblem(unknown, 401, "authentication-failed");
        JsonNode b = assertProblem(wrong, 401, "authentication-failed");
        assertThat(a.get("detail")).isEqualTo(b.get("detail"));
    }

    @Test
    void trustedProxyForwardedAddressIsTheSessionClientIp() {
        Admin admin = Admin.login(http, "fp-xff");
        assertThat(admin.get("/auth/sessions").json().get("sessions").get(0).get("client_ip").asText())
                .isEqualTo("127.0.0.1");
        Http.Reply reply = http.post("/auth/login",
                "{\"username\":\"ops\",\"password\":\"" + TestApps.OTHER_PASSWORD + "\"}",
                "X-Client-Fingerprint", "fp-xff", "X-Forwarded-For", "6.6.6.6, 203.0.113.50");
        Admin ops = new Admin(http, reply.json().get("access_token").asText(), "fp-xff",
                reply.json().get("session_id").asText());
        assertThat(ops.get("/auth/sessions").json().findValuesAsText("client_ip")).contains("203.0.113.50");
    }

    @Test
    void wrongPinsFromOneAddressLockPinChecksForThatAddress() {
        Admin admin = Admin.login(http, "fp-pinthrottle");
        admin.post("/auth/set_pin", PinApiTest.pin("7391"));
        for (int i = 0; i < 3; i++) {
            assertProblem(admin.post("/auth/verify_pin", PinApiTest.pin("8462"), "X-Forwarded-For", "192.0.2.5"),
                    401, "pin-incorrect");
        }
        assertLocked(admin.post("/auth/verify_pin", PinApiTest.pin("7391"), "X-Forwarded-For", "192.0.2.5"),
                300, "pin");
        assertLocked(admin.post("/dashboard/config", "{}", "X-Session-Pin", "7391", "X-Forwarded-For", "192.0.2.5"),
                300, "pin");
        assertThat(admin.post("/auth/verify_pin", PinApiTest.pin("7391"), "X-Forwarded-For", "192.0.2.6").status())
                .isEqualTo(200);
        JsonNode body = assertProblem(admin.post("/auth/verify_pin", PinApiTest.pin("8462"),
                "X-Forwarded-For", "192.0.2.6"), 401, "pin-incorrect");
        assertThat(body.get("attempts_remaining").asInt()).isEqualTo(1);
    }
}
