package tech.arcp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** SPEC §3 PIN rows over real HTTP: set, verify, status, the 5-strike rule. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PinApiTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private Http http;
    private Admin admin;

    @BeforeEach
    void login() {
        TIME.advance(java.time.Duration.ofDays(1)); // forget the PIN throttle of earlier tests
        http = new Http(APP.getLocalPort());
        admin = Admin.login(http, "fp-pin");
    }

    static String pin(String pin) {
        return "{\"pin\":\"" + pin + "\"}";
    }

    @Test
    void setVerifyAndStatusShowTheFlow() {
        assertThat(admin.get("/auth/pin_status").json().toString()).isEqualTo("{\"pin_set\":false,\"pin_verified\":false}");
        Http.Reply set = admin.post("/auth/set_pin", pin("7391"));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().toString()).isEqualTo("{\"status\":\"success\",\"message\":\"PIN set for session\"}");
        assertThat(admin.get("/auth/pin_status").json().toString()).isEqualTo("{\"pin_set\":true,\"pin_verified\":false}");
        JsonNode status = admin.get("/auth/session_status").json();
        assertThat(status.get("pin_set").asBoolean()).isTrue();
        assertThat(status.get("pin_verified").asBoolean()).isFalse();

        Http.Reply verify = admin.post("/auth/verify_pin", pin("7391"));
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().get("message").asText()).isEqualTo("PIN verified");
        assertThat(admin.get("/auth/pin_status").json().toString()).isEqualTo("{\"pin_set\":true,\"pin_verified\":true}");
        assertThat(admin.get("/auth/session_status").json().get("pin_verified").asBoolean()).isTrue();
    }

    @Test
    void pinIsPerSession() {
        admin.post("/auth/set_pin", pin("7391"));
        Admin other = Admin.login(http, "fp-pin-2");
        assertThat(other.get("/auth/pin_status").json().get("pin_set").asBoolean()).isFalse();
        assertProblem(other.post("/auth/verify_pin", pin("7391")), 400, "pin-not-set");
    }

    @Test
    void secondSetPinIsRefused() {
        admin.post("/auth/set_pin", pin("7391"));
        assertProblem(admin.post("/auth/set_pin", pin("8462")), 400, "pin-already-set");
        assertThat(admin.post("/auth/verify_pin", pin("7391")).status()).isEqualTo(200);
    }

    @Test
    void outOfRangeLengthsNameTheBounds() {
        JsonNode shortPin = assertProblem(admin.post("/auth/set_pin", pin("123")), 400, "pin-invalid-length");
        assertThat(shortPin.get("min_length").asInt()).isEqualTo(4);
        assertThat(shortPin.get("max_length").asInt()).isEqualTo(32);
        assertThat(shortPin.get("provided_length").asInt()).isEqualTo(3);
        JsonNode longPin = assertProblem(admin.post("/auth/set_pin", pin("9".repeat(31) + "8x")), 400,
                "pin-invalid-length");
        assertThat(longPin.get("provided_length").asInt()).isEqualTo(33);
        assertThat(admin.get("/auth/pin_status").json().get("pin_set").asBoolean()).isFalse();
    }

    @Test
    void weakPinsAreRefusedAsValidationFailures() {
        for (String weak : new String[] {"1234", "0000", "123456", "password", "admin"}) {
            JsonNode body = assertProblem(admin.post("/auth/set_pin", pin(weak)), 422, "validation-failed");
            assertThat(body.get("validation_errors").get(0).get("field").asText()).isEqualTo("pin");
            assertThat(body.toString()).doesNotContain("\"" + weak + "\"");
        }
        assertThat(admin.get("/auth/pin_status").json().get("pin_set").asBoolean()).isFalse();
    }

    @Test
    void verifyBeforeSetAnswersPinNotSet() {
        assertProblem(admin.post("/auth/verify_pin", pin("7391")), 400, "pin-not-set");
    }

    @Test
    void fifthWrongPinEndsTheSessionAndItsNextUseSaysWhy() {
        admin.post("/auth/set_pin", pin("7391"));
        for (int remaining = 4; remaining >= 0; remaining--) {
            JsonNode body = assertProblem(admin.post("/auth/verify_pin", pin("8462")), 401, "pin-incorrect");
            assertThat(body.get("attempts_remaining").asInt()).isEqualTo(remaining);
            assertThat(body.get("attempts_remaining").isInt()).isTrue();
        }
        JsonNode next = assertProblem(admin.get("/auth/pin_status"), 401, "session-invalid");
        assertThat(next.get("reason").asText()).isEqualTo("pin_attempts");
        assertThat(next.get("session_id").asText()).isEqualTo(admin.sessionId());
    }

    @Test
    void correctPinDoesNotResetTheCount() {
        admin.post("/auth/set_pin", pin("7391"));
        admin.post("/auth/verify_pin", pin("8462"));
        assertThat(admin.post("/auth/verify_pin", pin("7391")).status()).isEqualTo(200);
        JsonNode body = assertProblem(admin.post("/auth/verify_pin", pin("8462")), 401, "pin-incorrect");
        assertThat(body.get("attempts_remaining").asInt()).isEqualTo(3);
    }

    @Test
    void missingPinMemberIsAValidationFailure() {
        JsonNode body = assertProblem(admin.post("/auth/set_pin", "{}"), 422, "validation-failed");
        assertThat(body.get("validation_errors").get(0).get("field").asText()).isEqualTo("pin");
    }

    @Test
    void pinEndpointsNeedASession() {
        assertProblem(http.get("/auth/pin_status"), 401, "authentication-failed");
        assertProblem(http.post("/auth/set_pin", pin("7391")), 401, "authentication-failed");
        assertProblem(http.post("/auth/verify_pin", pin("7391")), 401, "authentication-failed");
    }
}
