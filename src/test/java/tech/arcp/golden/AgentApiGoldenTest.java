package tech.arcp.golden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * Every endpoint of the agent registry (REGISTRY.md), answered as recorded in
 * {@code golden/agents.txt}: temp token, registration, reads, heartbeat, metrics, public
 * discovery, statistics and removal, with their problems.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgentApiGoldenTest {
    private static final TestTime TIME = new TestTime();
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "golden-agent-001";

    private final Transcript log = new Transcript("agents");
    private int port;

    @Test
    void everyRegistryEndpointAnswersTheRecordedBytes() throws IOException {
        port = APP.getLocalPort();
        call("POST", "/auth/agent/request_temp_token", "{\"agent_id\":\"" + ID + "\",\"agent_type\":\"testing\","
                + "\"agent_key\":\"wrong-agent-key-000000\"}");
        call("POST", "/auth/agent/request_temp_token", "{\"agent_id\":\"" + ID + "\",\"agent_type\":\"nope\","
                + "\"agent_key\":\"" + AgentBodies.KEY + "\"}");
        String temp = JSON.readTree(call("POST", "/auth/agent/request_temp_token", "{\"agent_id\":\"" + ID
                + "\",\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}")).get("temp_token").asText();
        call("POST", "/auth/agent/validate_compliance", "{\"agent_id\":\"" + ID + "\"}", bearer(temp));
        call("POST", "/agents/register", "{\"agent_id\":\"" + ID + "\"}", bearer(temp));
        ObjectNode bad = AgentBodies.registration(ID);
        bad.put("endpoint", "ftp://example");
        bad.put("rate_limit", -1);
        call("POST", "/agents/register", AgentBodies.json(bad), bearer(temp));
        call("POST", "/agents/register", AgentBodies.json(AgentBodies.registration("other-id")), bearer(temp));
        String token = JSON.readTree(call("POST", "/agents/register",
                AgentBodies.json(AgentBodies.registration(ID)), bearer(temp))).get("access_token").asText();
        reads(token);
        TIME.advance(Duration.ofSeconds(30));
        call("POST", "/agents/" + ID + "/heartbeat", null, bearer(token));
        call("POST", "/agents/" + ID + "/metrics", "{\"agent_id\":\"" + ID + "\",\"success_rate\":0.95,"
                + "\"avg_response_time\":0.25,\"total_requests\":40,\"reputation_score\":7.5,"
                + "\"requests_processed\":38,\"average_response_time\":0.25,\"error_rate\":0.05}", bearer(token));
        call("POST", "/agents/" + ID + "/metrics", "{\"success_rate\":\"high\"}", bearer(token));
        call("GET", "/agents/" + ID + "/metrics", null, bearer(token));
        publicReads();
        adminReads();
        TIME.advance(Duration.ofSeconds(90));
        call("GET", "/public/discover", null);
        call("GET", "/agents/" + ID, null, bearer(token));
        call("DELETE", "/agents/" + ID, null, bearer(token));
        call("GET", "/agents/" + ID, null, bearer(token));
        call("GET", "/public/stats", null);
        log.verify();
    }

    private void reads(String token) {
        call("GET", "/agents/" + ID + "?include_metrics=true", null, bearer(token));
        call("GET", "/agents/" + ID + "?include_metrics=maybe", null, bearer(token));
        call("GET", "/agents?include_metrics=false&agent_type=testing&capabilities=echo", null, bearer(token));
        call("GET", "/agents?status=sleeping", null, bearer(token));
        call("GET", "/agents/no-such-agent", null, bearer(token));
        call("GET", "/agents", null);
        call("GET", "/agents", null, bearer("arcp.00000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA"));
    }

    private void publicReads() {
        call("GET", "/public/discover", null);
        call("GET", "/public/discover?agent_type=testing&capabilities=echo&limit=5&offset=0", null);
        call("GET", "/public/discover?limit=0", null);
        call("GET", "/public/discover?offset=x", null);
        call("GET", "/public/agent/" + ID, null);
        call("GET", "/public/agent/no-such-agent", null);
        call("GET", "/public/stats", null);
        call("GET", "/public/agent_types", null);
    }

    private void adminReads() throws IOException {
        String admin = JSON.readTree(call("POST", "/auth/login",
                "{\"username\":\"ARCP\",\"password\":\"test-password-123\"}", "X-Client-Fingerprint", "fp-agents"))
                .get("access_token").asText();
        String[] as = {"Authorization", "Bearer " + admin, "X-Client-Fingerprint", "fp-agents"};
        call("GET", "/agents/stats", null, as);
        call("GET", "/agents", null, as);
        call("GET", "/agents/" + ID, null, as);
    }

    private String call(String method, String path, String body, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "X-Request-ID";
        all[headers.length + 1] = "golden";
        return log.exchange(port, method, path, body, all);
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
