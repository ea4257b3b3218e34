package tech.arcp.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** Who may do what with which token (REGISTRY.md "Flow and tokens"), over real HTTP. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgentAuthTest {
    private static final TestTime TIME = new TestTime();
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);
    private static int sequence;

    private Http http;
    private String suffix;

    @BeforeEach
    void setUp() {
        http = new Http(APP.getLocalPort());
        suffix = "-" + (++sequence);
    }

    private String temp(String agentId) {
        Http.Reply reply = http.post("/auth/agent/request_temp_token", "{\"agent_id\":\"" + agentId
                + "\",\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("temp_token").asText();
    }

    private String register(String agentId) {
        Http.Reply reply = http.post("/agents/register", AgentBodies.json(AgentBodies.registration(agentId)),
                bearer(temp(agentId)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("access_token").asText();
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    @Test
    void tempTokenOnlyRegistersItsOwnAgentId() {
        String temp = temp("alpha" + suffix);
        assertProblem(http.post("/agents/register", AgentBodies.json(AgentBodies.registration("beta" + suffix)),
                bearer(temp)), 403, "insufficient-permissions");
        assertProblem(http.get("/agents", bearer(temp)), 403, "insufficient-permissions");
        assertProblem(http.post("/agents/alpha" + suffix + "/heartbeat", null, bearer(temp)), 403,
                "insufficient-permissions");
        assertThat(http.post("/agents/register", AgentBodies.json(AgentBodies.registration("alpha" + suffix)),
                bearer(temp)).status()).isEqualTo(200);
    }

    @Test
    void agentTokenActsOnlyOnItsOwnAgentButReadsAny() {
        String mine = register("mine" + suffix);
        register("other" + suffix);
        assertProblem(http.post("/agents/other" + suffix + "/heartbeat", null, bearer(mine)), 403,
                "insufficient-permissions");
        assertProblem(http.post("/agents/other" + suffix + "/metrics", "{\"success_rate\":1}", bearer(mine)), 403,
                "insufficient-permissions");
        assertProblem(http.delete("/agents/other" + suffix, bearer(mine)), 403, "insufficient-permissions");
        assertThat(http.get("/agents/other" + suffix, bearer(mine)).status()).isEqualTo(200);
        assertThat(http.get("/agents/other" + suffix + "/metrics", bearer(mine)).status()).isEqualTo(200);
        assertThat(http.post("/agents/mine" + suffix + "/heartbeat", null, bearer(mine)).status()).isEqualTo(200);
    }

    @Test
    void agentAndTempTokensNeverReachAdminEndpoints() {
        String access = register("admin-probe" + suffix);
        String temp = temp("admin-probe-temp" + suffix);
        for (String token : new String[] {access, temp}) {
            assertProblem(http.get("/auth/session_status", "Authorization", "Bearer " + token,
                    "X-Client-Fingerprint", "fp-1"), 403, "insufficient-permissions");
            assertProblem(http.get("/dashboard/config", bearer(token)), 403, "insufficient-permissions");
            assertProblem(http.post("/auth/logout", null, bearer(token)), 403, "insufficient-permissions");
        }
    }

    @Test
    void adminSessionDoesEverythingAndKeepsItsFingerprintRule() {
        Admin admin = Admin.login(http, "fp-admin" + suffix);
        String id = "by-admin" + suffix;
        assertThat(admin.post("/agents/register", AgentBodies.json(AgentBodies.registration(id))).status())
                .isEqualTo(200);
        assertThat(admin.post("/agents/" + id + "/heartbeat", null).status()).isEqualTo(200);
        assertThat(admin.get("/agents?status=alive").json()).isNotEmpty();
        JsonNode missing = assertProblem(http.get("/agents/" + id, bearer(admin.token())), 401, "session-invalid");
        assertThat(missing.get("reason").asText()).isEqualTo("fingerprint_missing");
        assertThat(admin.delete("/agents/" + id).status()).isEqualTo(200);
        assertProblem(admin.delete("/agents/" + id), 404, "agent-not-found");
    }

    @Test
    void agentEndpointsRefuseMissingAndForgedTokens() {
        assertProblem(http.get("/agents"), 401, "authentication-failed");
        assertProblem(http.get("/agents", bearer("arcp.00000000.not-a-real-token")), 401, "token-invalid");
        assertProblem(http.post("/agents/register", AgentBodies.json(AgentBodies.registration("x" + suffix + "x"))),
                401, "authentication-failed");
    }

    @Test
    void tempTokenEndsAfterExactlyItsLifetime() {
        String id = "late" + suffix;
        String temp = temp(id);
        TIME.advance(Duration.ofSeconds(900));
        assertProblem(http.post("/agents/register", AgentBodies.json(AgentBodies.registration(id)), bearer(temp)),
                401, "token-invalid");
    }

    @Test
    void aliveIdIsADuplicateAndADeadOneReRegistersWithItsOwnToken() {
        String id = "dup" + suffix;
        String first = register(id);
        assertProblem(http.post("/agents/register", AgentBodies.json(AgentBodies.registration(id)),
                bearer(temp(id))), 409, "duplicate-agent");
        TIME.advance(Duration.ofSeconds(61));
        Http.Reply again = http.post("/agents/register", AgentBodies.json(AgentBodies.registration(id)), bearer(first));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        String second = again.json().get("access_token").asText();
        assertProblem(http.get("/agents/" + id, bearer(first)), 401, "token-invalid");
        assertThat(http.get("/agents/" + id, bearer(second)).json().get("status").asText()).isEqualTo("alive");
    }

    @Test
    void invalidRegistrationNamesEveryFailingField() {
        String id = "bad" + suffix;
        ObjectNode body = AgentBodies.registration(id);
        body.put("agent_type", "spaceship");
        body.put("endpoint", "ftp://x");
        body.remove("metadata");
        JsonNode problem = assertProblem(http.post("/agents/register", AgentBodies.json(body), bearer(temp(id))),
                422, "validation-failed");
        assertThat(problem.get("validation_errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("agent_type", "endpoint", "metadata");
    }

    @Test
    void unknownAgentIsAProblemEverywhere() {
        String token = register("reader" + suffix);
        assertProblem(http.get("/agents/nobody-here", bearer(token)), 404, "agent-not-found");
        assertProblem(http.get("/agents/nobody-here/metrics", bearer(token)), 404, "agent-not-found");
        assertProblem(http.get("/public/agent/nobody-here"), 404, "agent-not-found");
        assertProblem(Admin.login(http, "fp-x").post("/agents/nobody-here/heartbeat", null), 404, "agent-not-found");
    }

    @Test
    void badQueryParametersAreValidationProblems() {
        String token = register("query" + suffix);
        assertProblem(http.get("/agents?include_metrics=maybe", bearer(token)), 422, "validation-failed");
        assertProblem(http.get("/agents?status=sleeping", bearer(token)), 422, "validation-failed");
        assertProblem(http.get("/public/discover?limit=0"), 422, "validation-failed");
        assertProblem(http.get("/public/discover?limit=101"), 422, "validation-failed");
        assertProblem(http.get("/public/discover?offset=-1"), 422, "validation-failed");
        assertProblem(http.get("/public/discover?limit=ten"), 422, "validation-failed");
    }
}
