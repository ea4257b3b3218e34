package tech.arcp.registry.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** Two nodes on the Redis at 127.0.0.1:6379 (their own key prefix), one fake clock: one registry. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RedisAgentMultiNodeTest {
    private static final TestTime TIME = new TestTime();
    private static final String PREFIX = RedisTesting.newPrefix();
    private static final String ID = "shared-agent-1";

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> A = TestApps.app(TIME,
            TestApps.redis(RedisTesting.URL, PREFIX));
    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> B = TestApps.app(TIME,
            TestApps.redis(RedisTesting.URL, PREFIX));

    @AfterAll
    static void deleteKeys() {
        RedisTesting.deleteKeys(PREFIX);
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    @Test
    void agentRegisteredOnOneNodeIsSeenByTheOtherAndUnregisteringOnTheOtherRevokesItsToken() {
        Http nodeA = new Http(A.getLocalPort());
        Http nodeB = new Http(B.getLocalPort());
        Http.Reply temp = nodeA.post("/auth/agent/request_temp_token", "{\"agent_id\":\"" + ID
                + "\",\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}");
        assertThat(temp.status()).as(temp.body()).isEqualTo(200);
        Http.Reply registered = nodeA.post("/agents/register", AgentBodies.json(AgentBodies.registration(ID)),
                bearer(temp.json().get("temp_token").asText()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        String token = registered.json().get("access_token").asText();

        Http.Reply onB = nodeB.get("/agents/" + ID, bearer(token));
        assertThat(onB.status()).as(onB.body()).isEqualTo(200);
        assertThat(onB.json().get("agent_id").asText()).isEqualTo(ID);
        assertThat(nodeB.get("/public/discover?agent_type=testing").json()).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode stats = tech.arcp.testing.Admin.login(nodeB, "fp-stats")
                .get("/agents/stats").json().get("registry_statistics");
        assertThat(stats.get("total_agents").asInt()).isEqualTo(1);
        assertThat(stats.get("redis_connected").asBoolean()).isTrue();

        TIME.advance(Duration.ofSeconds(59));
        assertThat(nodeB.post("/agents/" + ID + "/heartbeat", null, bearer(token)).status()).isEqualTo(200);
        TIME.advance(Duration.ofSeconds(59));
        assertThat(nodeA.get("/public/agent/" + ID).status()).as("the heartbeat on B keeps it alive on A")
                .isEqualTo(200);

        assertThat(nodeB.delete("/agents/" + ID, bearer(token)).status()).isEqualTo(200);
        assertProblem(nodeA.get("/agents/" + ID, bearer(token)), 401, "token-invalid");
        assertProblem(nodeA.get("/public/agent/" + ID), 404, "agent-not-found");
        assertThat(nodeA.get("/public/discover").json()).isEmpty();
    }
}
