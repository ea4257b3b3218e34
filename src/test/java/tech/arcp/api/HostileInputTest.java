package tech.arcp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.api.HostileRequests.PIN;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.api.HostileRequests.Answer;
import tech.arcp.api.HostileRequests.Case;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.Problems;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * The bad-input corpus of SPEC §8 ({@link HostileLoginCases}, {@link HostileSessionCases}):
 * malformed, oversized and tricky requests each get a 4xx problem body with the security headers,
 * never a 5xx, and change no session, PIN, config or throttle state. Throttles are set to 2
 * failures here, so the final check proves no request counted.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            ConfigOverride.config("loginThrottle.maxFailures", "2"),
            ConfigOverride.config("pinThrottle.maxFailures", "2"));

    private static HostileRequests requests;   // admin has a PIN, fresh has none

    private static List<Case> corpus() {
        List<Case> c = new ArrayList<>(HostileLoginCases.cases(requests));
        c.addAll(HostileSessionCases.cases(requests));
        return c;
    }

    private static String state() {
        Admin admin = requests.admin();
        JsonNode sessions = admin.get("/auth/sessions").json().get("sessions");
        List<String> view = new ArrayList<>();
        sessions.forEach(s -> view.add(s.get("session_id").asText() + ":" + s.get("pin_set").asBoolean()));
        view.sort(null);
        return view + " " + admin.get("/auth/pin_status").body() + " " + admin.get("/dashboard/config").body();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyHostileRequestGetsA4xxProblemAndChangesNothing() {
        Http http = new Http(APP.getLocalPort());
        Admin admin = Admin.login(http, "fp-hostile");
        assertThat(admin.post("/auth/set_pin", PinApiTest.pin(PIN)).status()).isEqualTo(200);
        requests = new HostileRequests(APP.getLocalPort(), http, admin, Admin.login(http, "fp-hostile-fresh"));
        List<Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String before = state();
            Answer answer = c.request().get();
            assertThat(answer.status()).as("%s: %s", c.name(), answer.body()).isBetween(400, 499);
            assertThat(answer.contentType()).as(c.name()).startsWith("application/problem+json");
            JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
            assertThat(body.path("type").asText()).startsWith(Problems.TYPE_BASE);
            assertThat(body.path("status").asInt()).isEqualTo(answer.status());
            assertThat(body.path("request_id").asText()).isEqualTo(answer.header().apply("X-Request-ID"));
            assertThat(answer.body().toLowerCase(Locale.ROOT)).doesNotContain("exception").doesNotContain("<html");
            assertThat(answer.header().apply("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header().apply("Cache-Control")).isEqualTo("no-store");
            assertThat(state()).as("state after %s", c.name()).isEqualTo(before);
        }));
    }

    @Test
    @Order(2)
    void noHostileRequestCountedTowardAnyThrottle() {
        // Throttles lock at 2 failures here: one more failure each must still leave the keys open.
        Http http = requests.http();
        Admin admin = requests.admin();
        Http.Reply wrong = http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"wrong\"}",
                "X-Client-Fingerprint", "fp-final");
        assertThat(wrong.status()).isEqualTo(401);
        Admin.login(http, "fp-final");
        JsonNode wrongPin = Problems.assertProblem(admin.post("/auth/verify_pin", PinApiTest.pin("8462")), 401,
                "pin-incorrect");
        assertThat(wrongPin.get("attempts_remaining").asInt()).isEqualTo(4);
        assertThat(admin.post("/auth/verify_pin", PinApiTest.pin(PIN)).status()).isEqualTo(200);
        assertThat(requests.fresh().get("/auth/pin_status").json().get("pin_set").asBoolean()).isFalse();
    }
}
