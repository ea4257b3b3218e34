package tech.arcp.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;
import static tech.arcp.testing.TestApps.setting;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.audit.AuditLog;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.LogCapture;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** Issue 15, point 5: the admin port's tasks over real HTTP, their answers, refusals and audit lines. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminTasksTest {
    private static final TestTime TIME = new TestTime();
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            setting("pinThrottle.maxFailures", "2"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http api = new Http(APP.getLocalPort());
    private final Http adminPort = new Http(APP.getAdminPort());
    private final LogCapture audit = LogCapture.attach(Map.of(AuditLog.LOGGER, Level.INFO));

    @AfterEach
    void detach() {
        audit.close();
    }

    private Admin login(String user, String password) {
        return Admin.login(api, user, password, UUID.randomUUID().toString());
    }

    private Http.Reply task(String nameAndQuery) {
        return adminPort.post("/tasks/" + nameAndQuery, null);
    }

    private List<JsonNode> taskLines() {
        return audit.messages(AuditLog.LOGGER).stream().map(AdminTasksTest::parse)
                .filter(line -> line.path("event").asText().equals("admin_task")).toList();
    }

    @Test
    void endSessionsEndsEveryLiveSessionOfTheUserOnly() {
        task("end-sessions?user=" + TestApps.ADMIN); // other tests' sessions of the same app
        int before = audit.messages(AuditLog.LOGGER).size();
        Admin first = login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        Admin second = login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        Admin other = login(TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD);

        Http.Reply reply = task("end-sessions?user=" + TestApps.ADMIN);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("sessions_ended").asInt()).isEqualTo(2);
        assertThat(reply.json().get("user").asText()).isEqualTo(TestApps.ADMIN);
        assertProblem(first.get("/auth/session_status"), 401, "session-invalid");
        assertProblem(second.get("/auth/session_status"), 401, "session-invalid");
        assertThat(other.get("/auth/session_status").status()).isEqualTo(200);
        assertThat(taskLines()).hasSize(2).last().satisfies(line -> {
            assertThat(line.get("task").asText()).isEqualTo("end-sessions");
            assertThat(line.get("user").asText()).isEqualTo(TestApps.ADMIN);
            assertThat(line.get("sessions_ended").asInt()).isEqualTo(2);
            assertThat(line.get("client_ip").asText()).isEqualTo("127.0.0.1");
            assertThat(line.get("request_id").asText()).isEqualTo(reply.header("X-Request-ID").orElseThrow());
        });
        assertThat(audit.messages(AuditLog.LOGGER).subList(before, audit.messages(AuditLog.LOGGER).size()))
                .filteredOn(m -> m.contains("\"session_end\""))
                .hasSize(2).allSatisfy(m -> assertThat(m).contains("\"reason\":\"revoked\""));
    }

    @Test
    void unlockClearsTheLoginThrottleByUserNameAndByAddress() {
        String wrong = "{\"username\":\"" + TestApps.OTHER_ADMIN + "\",\"password\":\"wrong-password\"}";
        for (int i = 0; i < 5; i++) {
            api.post("/auth/login", wrong, "X-Client-Fingerprint", "fp");
        }
        assertProblem(loginOther(), 429, "rate-limit-exceeded");

        Http.Reply byUser = task("unlock?user=" + TestApps.OTHER_ADMIN);
        assertThat(byUser.status()).as(byUser.body()).isEqualTo(200);
        assertThat(byUser.json().get("was_locked").asBoolean()).isTrue();
        assertProblem(loginOther(), 429, "rate-limit-exceeded"); // the address is locked too
        Http.Reply byIp = task("unlock?ip=127.0.0.1");
        assertThat(byIp.json().get("key_type").asText()).isEqualTo("client_ip");
        assertThat(byIp.json().get("was_locked").asBoolean()).isTrue();

        assertThat(loginOther().status()).isEqualTo(200);
        assertThat(task("unlock?ip=127.0.0.1").json().get("was_locked").asBoolean()).isFalse();
        assertThat(taskLines()).hasSize(3).allSatisfy(line -> assertThat(line.get("task").asText()).isEqualTo("unlock"));
        assertThat(taskLines().get(0).get("key").asText()).isEqualTo(TestApps.OTHER_ADMIN);
        assertThat(taskLines().get(1).get("key").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void unlockByAddressClearsThePinThrottle() {
        Admin admin = login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        assertThat(admin.post("/auth/set_pin", "{\"pin\":\"7391\"}").status()).isEqualTo(200);
        assertProblem(admin.post("/auth/verify_pin", "{\"pin\":\"0000\"}"), 401, "pin-incorrect");
        assertProblem(admin.post("/auth/verify_pin", "{\"pin\":\"0000\"}"), 401, "pin-incorrect");
        assertProblem(admin.post("/auth/verify_pin", "{\"pin\":\"7391\"}"), 429, "rate-limit-exceeded");

        Http.Reply unlock = task("unlock?ip=127.0.0.1");
        assertThat(unlock.json().get("was_locked").asBoolean()).isTrue();

        assertThat(admin.post("/auth/verify_pin", "{\"pin\":\"7391\"}").status()).isEqualTo(200);
    }

    @Test
    void badParametersAnswerAProblemAndChangeNothing() {
        Admin admin = login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        for (String bad : new String[] {"end-sessions", "end-sessions?user=", "end-sessions?user=%20",
                "end-sessions?user=ARCP&user=ops", "end-sessions?user=ARCP&force=true",
                "end-sessions?user=" + "x".repeat(256), "unlock", "unlock?user=ARCP&ip=127.0.0.1",
                "unlock?ip=not-an-address", "unlock?ip=example.com", "unlock?host=127.0.0.1"}) {
            JsonNode problem = assertProblem(task(bad), 422, "validation-failed");
            assertThat(problem.get("validation_errors").get(0).get("field").asText()).as(bad).isIn("user", "ip", "force",
                    "host");
            assertThat(problem.get("validation_errors").get(0).fieldNames()).toIterable().as(bad)
                    .containsExactly("field", "message"); // SPEC §4's order, as every other validation_errors
        }
        assertThat(admin.get("/auth/session_status").status()).isEqualTo(200);
        assertThat(taskLines()).isEmpty();
    }

    @Test
    void tasksRunOnPostOnly() {
        Admin admin = login(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);

        Http.Reply get = adminPort.get("/tasks/end-sessions?user=" + TestApps.ADMIN);

        assertProblem(get, 405, "method-not-allowed");
        assertThat(get.header("Allow")).contains("POST");
        assertThat(admin.get("/auth/session_status").status()).isEqualTo(200);
        assertThat(taskLines()).isEmpty();
    }

    private Http.Reply loginOther() {
        return api.post("/auth/login", "{\"username\":\"" + TestApps.OTHER_ADMIN + "\",\"password\":\""
                + TestApps.OTHER_PASSWORD + "\"}", "X-Client-Fingerprint", "fp");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
