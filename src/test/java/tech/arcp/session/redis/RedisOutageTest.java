package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import io.dropwizard.testing.DropwizardTestSupport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.OwnRedis;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** A node on a Redis of its own that the test stops and starts again: fail closed, then resume. */
class RedisOutageTest {
    private static final int PORT = 16391;
    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    private final TestTime time = new TestTime();
    private final OwnRedis redis = new OwnRedis(PORT);
    private DropwizardTestSupport<ArcpSessionConfiguration> node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.after();
        }
        redis.stop();
    }

    @Test
    void failsClosedWhileRedisIsDownAndResumesWithoutRestart() throws Exception {
        redis.start();
        node = TestApps.support(time, TestApps.redis(redis.url(), "arcp-outage:",
                TestApps.setting("sessions.store.redis.commandTimeout", COMMAND_TIMEOUT.toMillis() + "ms"),
                TestApps.setting("sessions.store.redis.maxReconnectDelay", "200ms")));
        node.before();
        Http app = new Http(node.getLocalPort());
        Http admin = new Http(node.getAdminPort());
        Admin session = Admin.login(app, "fp-outage");
        assertThat(session.get("/dashboard/config").status()).isEqualTo(200);

        redis.stop();
        time.advance(Duration.ofSeconds(2)); // past the near cache's TTL: every check needs Redis
        assertUnavailable(() -> session.get("/dashboard/config"));
        assertUnavailable(() -> app.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"test-password-123\"}",
                "X-Client-Fingerprint", "fp-outage"));
        assertUnavailable(() -> app.get("/public/discover")); // the agent registry is in that Redis too
        assertUnavailable(() -> app.post("/auth/agent/request_temp_token", "{\"agent_id\":\"agent-1\","
                + "\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}"));
        Http.Reply health = admin.get("/healthcheck");
        assertThat(health.status()).isEqualTo(500);
        assertThat(health.json().get("session-store").get("healthy").asBoolean()).isFalse();

        redis.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (admin.get("/healthcheck").status() != 200 && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // reconnection is asynchronous: bounded poll, no sleep
        }
        assertThat(admin.get("/healthcheck").json().get("session-store").get("healthy").asBoolean()).isTrue();
        Admin again = Admin.login(app, "fp-outage"); // scripts reloaded into the fresh server (NOSCRIPT)
        assertThat(again.get("/dashboard/config").status()).isEqualTo(200);
        assertThat(assertProblem(session.get("/dashboard/config"), 401, "session-expired")
                .get("reason").asText()).isEqualTo("unknown"); // that Redis kept nothing
    }

    private static void assertUnavailable(java.util.function.Supplier<Http.Reply> request) {
        long start = System.nanoTime();
        Http.Reply reply = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertProblem(reply, 503, "session-store-unavailable");
        assertThat(reply.header("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(took).isLessThan(COMMAND_TIMEOUT.plusSeconds(2));
    }
}
