package tech.arcp.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.ArcpModels.AGENT_INFO;
import static tech.arcp.testing.ArcpModels.AGENT_METRICS;
import static tech.arcp.testing.ArcpModels.HEARTBEAT_RESPONSE;
import static tech.arcp.testing.ArcpModels.PUBLIC_STATS;
import static tech.arcp.testing.ArcpModels.REGISTRATION_RESPONSE;
import static tech.arcp.testing.ArcpModels.REGISTRY_STATISTICS;
import static tech.arcp.testing.ArcpModels.TOKEN_RESPONSE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * Issue 15, point 6: every registry answer checked against a JSON Schema written from ARCP's
 * pydantic model (src/test/resources/arcp-models): a fresh agent, one after heartbeats and metrics,
 * one after a refused metrics write, a minimal registration (every optional member null), and the
 * token and statistics answers.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgentWireModelTest {
    private static final TestTime TIME = new TestTime();
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private final Http http = new Http(APP.getLocalPort());
    private final String fingerprint = UUID.randomUUID().toString();

    @Test
    void freshAgentFitsAgentInfoAndItsMetricsAreActiveSinceRegistration() {
        String id = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        String token = register(AgentBodies.registration(id));

        JsonNode agent = ok(http.get("/agents/" + id, agentHeaders(token)));
        AGENT_INFO.assertFits(agent);
        assertThat(agent.at("/metrics/last_active").asText()).isEqualTo(agent.get("registered_at").asText());
        JsonNode metrics = ok(http.get("/agents/" + id + "/metrics", agentHeaders(token)));
        AGENT_METRICS.assertFits(metrics);
        assertThat(metrics.get("last_active").asText()).isEqualTo(agent.get("registered_at").asText());
        ok(http.get("/agents?include_metrics=true", agentHeaders(token))).forEach(AGENT_INFO::assertFits);
        ok(http.get("/agents", agentHeaders(token))).forEach(AGENT_INFO::assertFits);
        ok(http.get("/public/discover", headers())).forEach(AGENT_INFO::assertFits);
        AGENT_INFO.assertFits(ok(http.get("/public/agent/" + id, headers())));
    }

    @Test
    void minimalRegistrationAnswersEveryOptionalMemberAsNull() {
        String id = "minimal-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode body = AgentBodies.registration(id);
        body.remove(java.util.List.of("features", "max_tokens", "language_support", "rate_limit", "requirements",
                "policy_tags", "ai_context"));
        String token = register(body);

        JsonNode agent = ok(http.get("/agents/" + id, agentHeaders(token)));
        AGENT_INFO.assertFits(agent);
        for (String member : new String[] {"max_tokens", "language_support", "rate_limit", "requirements",
                "ai_context", "similarity"}) {
            assertThat(agent.get(member).isNull()).as(member).isTrue();
        }
    }

    @Test
    void agentAfterHeartbeatsAndMetricsFitsEveryModel() {
        String id = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode body = AgentBodies.registration(id);
        ((ObjectNode) body.get("requirements")).putArray("optional_fields").addObject()
                .put("name", "region").put("label", "Region").put("type", "select").putArray("options").add("eu");
        String token = register(body);
        TIME.advance(Duration.ofSeconds(5));
        JsonNode beat = ok(http.post("/agents/" + id + "/heartbeat", null, agentHeaders(token)));
        HEARTBEAT_RESPONSE.assertFits(beat);
        TIME.advance(Duration.ofSeconds(5));
        HEARTBEAT_RESPONSE.assertFits(ok(http.post("/agents/" + id + "/heartbeat", null, agentHeaders(token))));
        TIME.advance(Duration.ofSeconds(5));
        JsonNode update = ok(http.post("/agents/" + id + "/metrics",
                "{\"success_rate\":1,\"total_requests\":7,\"reputation_score\":9.5,\"error_rate\":0}",
                agentHeaders(token)));
        AGENT_METRICS.assertFits(update.get("metrics"));

        JsonNode agent = ok(http.get("/agents/" + id, agentHeaders(token)));
        AGENT_INFO.assertFits(agent);
        assertThat(agent.at("/metrics/last_active").asText()).isEqualTo(TIME.instant().toString().replace("Z", ".000Z"));
        assertThat(agent.at("/metrics/total_requests").asLong()).isEqualTo(7);
        assertThat(agent.at("/requirements/optional_fields/0/category").isNull()).isTrue();
    }

    @Test
    void agentAfterARefusedMetricsWriteStillFitsAndIsUnchanged() {
        String id = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        String token = register(AgentBodies.registration(id));
        JsonNode before = ok(http.get("/agents/" + id + "/metrics", agentHeaders(token)));
        TIME.advance(Duration.ofSeconds(5));

        Http.Reply bad = http.post("/agents/" + id + "/metrics", "{\"success_rate\":2,\"total_requests\":-1}",
                agentHeaders(token));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        JsonNode after = ok(http.get("/agents/" + id, agentHeaders(token)));
        AGENT_INFO.assertFits(after);
        assertThat(after.get("metrics")).isEqualTo(before);
    }

    @Test
    void tokenAndStatisticsAnswersFitTheirModels() {
        Http.Reply login = http.post("/auth/login", "{\"username\":\"" + TestApps.ADMIN + "\",\"password\":\""
                + TestApps.ADMIN_PASSWORD + "\"}", "X-Client-Fingerprint", fingerprint);
        TOKEN_RESPONSE.assertFits(ok(login));
        Admin admin = new Admin(http, login.json().get("access_token").asText(), fingerprint,
                login.json().get("session_id").asText());
        JsonNode refreshed = ok(admin.post("/tokens/refresh", null));
        TOKEN_RESPONSE.assertFits(refreshed);
        register(AgentBodies.registration("stats-" + UUID.randomUUID().toString().substring(0, 8)));

        REGISTRY_STATISTICS.assertFits(ok(admin.withToken(refreshed.get("access_token").asText())
                .get("/agents/stats")).get("registry_statistics"));
        PUBLIC_STATS.assertFits(ok(http.get("/public/stats", headers())));
    }

    @Test
    void schemaRefusesTheOldNullLastActive() {
        String id = "schema-" + UUID.randomUUID().toString().substring(0, 8);
        String token = register(AgentBodies.registration(id));
        ObjectNode metrics = (ObjectNode) ok(http.get("/agents/" + id + "/metrics", agentHeaders(token)));
        metrics.putNull("last_active");

        assertThat(AGENT_METRICS.violations(metrics)).singleElement().asString().contains("last_active");
    }

    private String register(ObjectNode body) {
        String id = body.get("agent_id").asText();
        JsonNode temp = ok(http.post("/auth/agent/request_temp_token", "{\"agent_id\":\"" + id
                + "\",\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}", headers()));
        JsonNode registered = ok(http.post("/agents/register", AgentBodies.json(body),
                agentHeaders(temp.get("temp_token").asText())));
        REGISTRATION_RESPONSE.assertFits(registered);
        return registered.get("access_token").asText();
    }

    private String[] headers() {
        return new String[] {"X-Client-Fingerprint", fingerprint};
    }

    private String[] agentHeaders(String token) {
        return new String[] {"X-Client-Fingerprint", fingerprint, "Authorization", "Bearer " + token};
    }

    private static JsonNode ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
