package tech.arcp.registry.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tech.arcp.registry.AgentRegistry;
import tech.arcp.registry.AgentRegistryContract;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.testing.TestTime;

class CaffeineAgentRegistryTest extends AgentRegistryContract {

    @Override
    protected AgentRegistry newRegistry(AgentPolicy policy, TestTime time) {
        return new CaffeineAgentRegistry(policy, time);
    }

    @Test
    void registryIsBoundedByMaximumAgents() {
        AgentPolicy small = new AgentPolicy(POLICY.allowedTypes(), TIMEOUT, REMOVE_AFTER, Duration.ofDays(1),
                Duration.ofSeconds(900), 3);
        AgentRegistry bounded = new CaffeineAgentRegistry(small, time);
        for (int i = 0; i < 10; i++) {
            bounded.register(record("agent-" + i, i));
        }
        assertThat(bounded.all().size()).isLessThanOrEqualTo(3);
    }
}
