package tech.arcp.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionApplication;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * The temp-token request's answers and its own per-IP throttle, and the registry's metrics and
 * statistics. One app per class: the throttle state is per client IP (all tests are 127.0.0.1).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgentTokenRequestTest {
    private static final TestTime TIME = new TestTime();
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private static String request(String id, String type, String key) {
        return "{\"agent_id\":\"" + id + "\",\"agent_type\":\"" + type + "\",\"agent_key\":\"" + key + "\"}";
    }

    @Test
    void failuresAnswerPreciselyThenLockTheClientIpOnItsOwnLimiter() {
        Http http = new Http(APP.getLocalPort());
        assertProblem(http.post("/auth/agent/request_temp_token", request("agent-1", "testing", "short")), 400,
                "invalid-input");
        JsonNode malformed = assertProblem(http.post("/auth/agent/request_temp_token",
                request("a b", "testing", AgentBodies.KEY)), 422, "validation-failed");
        assertThat(malformed.get("validation_errors").get(0).get("field").asText()).isEqualTo("agent_id");
        for (int i = 0; i < 3; i++) {
            JsonNode wrong = assertProblem(http.post("/auth/agent/request_temp_token",
                    request("agent-1", "testing", "wrong-key-0123456789")), 401, "authentication-failed");
            assertThat(wrong.toString()).doesNotContain("wrong-key");
        }
        Http.Reply locked = http.post("/auth/agent/request_temp_token", request("agent-1", "testing", AgentBodies.KEY));
        JsonNode problem = assertProblem(locked, 429, "rate-limit-exceeded");
        assertThat(problem.get("retry_after").asLong()).isEqualTo(300);
        assertThat(locked.header("Retry-After")).contains("300");

        assertThat(Admin.login(http, "fp-throttle").token()).as("admin login has its own limiter").isNotBlank();

        TIME.advance(Duration.ofSeconds(300));
        assertThat(http.post("/auth/agent/request_temp_token",
                request("agent-1", "testing", "second-agent-key-abcdef")).status()).isEqualTo(200);
    }

    @Test
    void registrationsHeartbeatsAndAliveAgentsAreCountedInMetricsAndStatistics() {
        Http http = new Http(APP.getLocalPort());
        TIME.advance(Duration.ofHours(1)); // clear of the throttle test's lockout, whichever ran first
        MetricRegistry metrics = APP.getEnvironment().metrics();
        long registrations = metrics.meter("arcp.agent.registrations").getCount();
        long heartbeats = metrics.meter("arcp.agent.heartbeats").getCount();
        Admin admin = Admin.login(http, "fp-metrics");
        for (String id : new String[] {"metered-1", "metered-2"}) {
            assertThat(admin.post("/agents/register", AgentBodies.json(AgentBodies.registration(id))).status())
                    .isEqualTo(200);
        }
        admin.post("/agents/metered-1/heartbeat", null);
        assertThat(metrics.meter("arcp.agent.registrations").getCount()).isEqualTo(registrations + 2);
        assertThat(metrics.meter("arcp.agent.heartbeats").getCount()).isEqualTo(heartbeats + 1);
        assertThat(gauge(metrics, "arcp.active_agents.testing")).isEqualTo(2L);
        assertThat(gauge(metrics, "arcp.active_agents.security")).isEqualTo(0L);

        TIME.advance(Duration.ofSeconds(60));
        assertThat(gauge(metrics, "arcp.active_agents.testing")).isEqualTo(0L);
        JsonNode stats = tech.arcp.testing.Admin.login(http, "fp-stats").get("/agents/stats").json()
                .get("registry_statistics");
        assertThat(stats.get("total_agents").asInt()).isEqualTo(2);
        assertThat(stats.get("alive_agents").asInt()).isZero();
        assertThat(stats.get("dead_agents").asInt()).isEqualTo(2);
        assertThat(stats.get("agent_types").get("testing").asInt()).isEqualTo(2);
        JsonNode publicStats = http.get("/public/stats").json();
        assertThat(publicStats.get("alive_agents").asInt()).isZero();
        assertThat(publicStats.get("total_agents").asInt()).isEqualTo(2);
    }

    private static Object gauge(MetricRegistry metrics, String name) {
        Gauge<?> gauge = metrics.getGauges().get(name);
        assertThat(gauge).as(name).isNotNull();
        return gauge.getValue();
    }
}
