package tech.arcp.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * Point 1 of issue 7 over real HTTP, in the order and with the bodies ARCPClient 2.1.x sends:
 * temp token, validate_compliance (tpr-disabled), register, get/list, heartbeat, metrics update and
 * read, discover and public read, unregister. Every field the client reads is asserted.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgentFlowTest {
    private static final TestTime TIME = new TestTime();
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);
    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final String ID = "echo-agent-001";

    /** The client's constant headers: its random fingerprint and user agent on every request. */
    private final String[] client = {"X-Client-Fingerprint", UUID.randomUUID().toString(),
            "User-Agent", "ARCPClient/2.1.2"};

    private String[] with(String token) {
        return new String[] {client[0], client[1], client[2], client[3], "Authorization", "Bearer " + token};
    }

    @Test
    void agentRunsTheWholeBasicFlowOfTheArcpClient() {
        Http http = new Http(APP.getLocalPort());

        Http.Reply temp = http.post("/auth/agent/request_temp_token",
                "{\"agent_id\":\"" + ID + "\",\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}",
                client);
        assertThat(temp.status()).as(temp.body()).isEqualTo(200);
        JsonNode tempJson = temp.json();
        String tempToken = tempJson.get("temp_token").asText();
        assertThat(tempToken).startsWith("arcp.").hasSize(80);
        assertThat(tempJson.get("token_type").asText()).isEqualTo("bearer");
        assertThat(tempJson.get("expires_in").isIntegralNumber()).isTrue();
        assertThat(tempJson.get("expires_in").asInt()).isEqualTo(900);
        assertThat(tempJson.get("message").asText()).isNotBlank();

        Http.Reply compliance = http.post("/auth/agent/validate_compliance",
                "{\"agent_id\":\"" + ID + "\",\"agent_type\":\"testing\",\"endpoint\":\"http://localhost:8080\","
                        + "\"capabilities\":[\"echo\",\"reverse\",\"uppercase\"],\"metadata\":{}}", with(tempToken));
        JsonNode tpr = assertProblem(compliance, 400, "tpr-disabled");
        assertThat(tpr.get("detail").asText()).isEqualTo("Three-phase registration is not enabled")
                .containsIgnoringCase("not enabled");

        Http.Reply registered = http.post("/agents/register",
                AgentBodies.json(AgentBodies.registration(ID)), with(tempToken));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        JsonNode reg = registered.json();
        assertThat(reg.get("status").asText()).isEqualTo("success");
        assertThat(reg.get("message").asText()).isNotBlank();
        assertThat(reg.get("agent_id").asText()).isEqualTo(ID);
        String token = reg.get("access_token").asText();
        assertThat(token).startsWith("arcp.").hasSize(80).isNotEqualTo(tempToken);

        Http.Reply one = http.get("/agents/" + ID + "?include_metrics=true", with(token));
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        JsonNode agent = one.json();
        assertAgent(agent, "alive");
        assertThat(agent.get("registered_at").asText()).isEqualTo("2026-11-24T10:00:00.000Z");
        assertThat(agent.get("metrics").get("agent_id").asText()).isEqualTo(ID);

        Http.Reply list = http.get("/agents?include_metrics=false&agent_type=testing&capabilities=echo"
                + "&capabilities=does-not-exist", with(token));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json()).hasSize(1);
        assertAgent(list.json().get(0), "alive");
        assertThat(list.json().get(0).get("metrics").isNull()).isTrue();

        TIME.advance(Duration.ofSeconds(30));
        Http.Reply beat = http.post("/agents/" + ID + "/heartbeat", null, with(token));
        assertThat(beat.status()).as(beat.body()).isEqualTo(200);
        assertThat(beat.json().get("agent_id").asText()).isEqualTo(ID);
        assertThat(beat.json().get("status").asText()).isEqualTo("success");
        assertThat(beat.json().get("last_seen").asText()).isEqualTo("2026-11-24T10:00:30.000Z");

        Http.Reply update = http.post("/agents/" + ID + "/metrics",
                "{\"agent_id\":\"" + ID + "\",\"success_rate\":0.95,\"avg_response_time\":0.25,\"total_requests\":40,"
                        + "\"reputation_score\":7.5,\"requests_processed\":38,\"average_response_time\":0.25,"
                        + "\"error_rate\":0.05}", with(token));
        assertThat(update.status()).as(update.body()).isEqualTo(200);
        assertThat(update.json().get("status").asText()).isEqualTo("success");

        Http.Reply metrics = http.get("/agents/" + ID + "/metrics", with(token));
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        JsonNode m = metrics.json();
        assertThat(m.get("agent_id").asText()).isEqualTo(ID);
        assertThat(m.get("success_rate").asDouble()).isEqualTo(0.95);
        assertThat(m.get("avg_response_time").asDouble()).isEqualTo(0.25);
        assertThat(m.get("total_requests").asLong()).isEqualTo(40);
        assertThat(m.get("last_active").asText()).isEqualTo("2026-11-24T10:00:30.000Z");
        assertThat(m.get("reputation_score").asDouble()).isEqualTo(7.5);
        assertThat(m.get("requests_processed").asLong()).isEqualTo(38);
        assertThat(m.get("average_response_time").asDouble()).isEqualTo(0.25);
        assertThat(m.get("error_rate").asDouble()).isEqualTo(0.05);

        Http.Reply discover = http.get("/public/discover?limit=50&offset=0&agent_type=testing"
                + "&capabilities=echo&capabilities=reverse", client);
        assertThat(discover.status()).as(discover.body()).isEqualTo(200);
        assertThat(discover.json()).hasSize(1);
        assertAgent(discover.json().get(0), "alive");
        assertThat(http.get("/public/discover?capabilities=echo&capabilities=teleport", client).json()).isEmpty();

        Http.Reply publicOne = http.get("/public/agent/" + ID, client);
        assertThat(publicOne.status()).as(publicOne.body()).isEqualTo(200);
        assertAgent(publicOne.json(), "alive");

        JsonNode stats = http.get("/public/stats", client).json();
        assertThat(stats.get("alive_agents").asInt()).isEqualTo(1);
        assertThat(stats.get("total_agents").asInt()).isEqualTo(1);
        assertThat(stats.get("agent_types").asInt()).isEqualTo(1);
        assertThat(stats.get("system_status").asText()).isEqualTo("operational");
        assertThat(stats.get("last_updated").asText()).matches(ISO);
        assertThat(stats.get("available_types").get(0).asText()).isEqualTo("testing");
        assertThat(http.get("/public/agent_types", client).json().get("allowed_agent_types"))
                .extracting(JsonNode::asText)
                .containsExactly("security", "monitoring", "automation", "networking", "testing");

        Http.Reply gone = http.delete("/agents/" + ID, with(token));
        assertThat(gone.status()).as(gone.body()).isEqualTo(200);
        assertThat(gone.json().get("status").asText()).isEqualTo("success");
        assertProblem(http.get("/agents/" + ID, with(token)), 401, "token-invalid");
        assertProblem(http.get("/public/agent/" + ID, client), 404, "agent-not-found");
        assertThat(http.get("/public/discover", client).json()).isEmpty();
    }

    /** The fields ARCPClient's AgentInfo reads, with the client's own rules. */
    static void assertAgent(JsonNode agent, String status) {
        assertThat(agent.get("agent_id").asText()).isEqualTo(ID);
        assertThat(agent.get("name").asText()).isEqualTo("Echo Agent");
        assertThat(agent.get("agent_type").asText()).isEqualTo("testing");
        assertThat(agent.get("endpoint").asText()).isEqualTo("http://localhost:8080");
        assertThat(agent.get("capabilities")).extracting(JsonNode::asText).containsExactly("echo", "reverse", "uppercase");
        assertThat(agent.get("context_brief").asText()).startsWith("A simple echo agent");
        assertThat(agent.get("version").asText()).isEqualTo("1.0.0");
        assertThat(agent.get("owner").asText()).isEqualTo("ARCP Tests");
        assertThat(agent.get("public_key").asText()).isEqualTo(AgentBodies.PUBLIC_KEY);
        assertThat(agent.get("metadata").get("framework").asText()).isEqualTo("fastapi");
        assertThat(agent.get("metadata").get("port").asInt()).isEqualTo(8080);
        assertThat(agent.get("metadata").get("tags")).hasSize(2);
        assertThat(agent.get("communication_mode").asText()).isEqualTo("remote");
        assertThat(agent.get("status").asText()).isEqualTo(status);
        assertThat(agent.get("last_seen").asText()).matches(ISO);
        assertThat(agent.get("registered_at").asText()).matches(ISO);
        assertThat(agent.get("features")).extracting(JsonNode::asText).containsExactly("http-api", "echo");
        assertThat(agent.get("max_tokens").asInt()).isEqualTo(1000);
        assertThat(agent.get("language_support")).extracting(JsonNode::asText).containsExactly("en", "ar");
        assertThat(agent.get("rate_limit").asInt()).isEqualTo(100);
        assertThat(agent.get("policy_tags")).extracting(JsonNode::asText).containsExactly("utility", "demo");
        assertThat(agent.get("ai_context").asText()).startsWith("Echoes");
        JsonNode requirements = agent.get("requirements");
        assertThat(requirements.get("minimum_memory_mb").asInt()).isEqualTo(256);
        assertThat(requirements.get("network_ports").get(0).asText()).isEqualTo("8080");
        assertThat(requirements.get("requires_internet").asBoolean()).isTrue();
        assertThat(requirements.get("schema_version").asText()).isEqualTo("1.0");
        assertThat(agent.has("similarity")).isTrue();
        assertThat(agent.get("similarity").isNull()).isTrue();
        assertThat(agent.has("metrics")).isTrue();
    }
}
