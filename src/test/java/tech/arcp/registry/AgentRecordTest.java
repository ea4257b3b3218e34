package tech.arcp.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.jackson.Jackson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.arcp.registry.rules.AgentMetrics;
import tech.arcp.registry.rules.Registration;
import tech.arcp.testing.TestTime;

/** {@code last_active} is never null, also for a record stored (in Redis) before it was set at registration. */
class AgentRecordTest {
    private static final ObjectMapper MAPPER = Jackson.newObjectMapper();
    private final TestTime time = new TestTime();

    @Test
    void recordStoredWithoutLastActiveReadsAsActiveSinceRegistration() throws Exception {
        Registration r = new Registration("old-agent", "Old", "testing", "http://localhost:8080", "An agent for tests",
                List.of("echo"), "owner", "k".repeat(32), Map.of("a", 1), "1.0.0", "remote", List.of(), null, null,
                null, null, List.of(), null);
        AgentRecord stored = new AgentRecord(r, 1, time.instant(), time.read(), time.instant(),
                AgentMetrics.initial(time.instant()));
        ObjectNode json = MAPPER.valueToTree(stored);
        ((ObjectNode) json.get("metrics")).putNull("lastActive");

        AgentRecord read = MAPPER.treeToValue(json, AgentRecord.class);

        assertThat(read.metrics().lastActive()).isEqualTo(TestTime.START);
        assertThat(read).isEqualTo(stored);
    }
}
