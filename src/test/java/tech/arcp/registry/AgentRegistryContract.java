package tech.arcp.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.arcp.registry.rules.AgentMetrics;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.rules.Registration;
import tech.arcp.testing.TestTime;

/**
 * The {@link AgentRegistry} contract, run against every implementation (Caffeine now; a Redis one
 * can extend this). Time only moves through {@link TestTime}.
 */
public abstract class AgentRegistryContract {
    protected static final Duration TIMEOUT = Duration.ofSeconds(60);
    protected static final Duration REMOVE_AFTER = Duration.ofSeconds(120);
    protected static final AgentPolicy POLICY = new AgentPolicy(List.of("testing", "security"), TIMEOUT,
            REMOVE_AFTER, Duration.ofDays(7), Duration.ofSeconds(900), 10_000);

    protected TestTime time;
    protected AgentRegistry registry;

    protected abstract AgentRegistry newRegistry(AgentPolicy policy, TestTime time);

    @BeforeEach
    void setUpRegistry() {
        time = new TestTime();
        registry = newRegistry(POLICY, time);
    }

    protected AgentRecord record(String id, long generation) {
        Registration r = new Registration(id, "Agent " + id, "testing", "http://localhost:8080", "An agent for tests",
                List.of("echo"), "owner", "k".repeat(32), Map.of("a", 1), "1.0.0", "remote", List.of(), null, null,
                null, null, List.of(), null);
        return new AgentRecord(r, generation, time.instant(), time.read(), time.instant(), AgentMetrics.initial(time.instant()));
    }

    @Test
    void registeredAgentIsFoundAndAlive() {
        AgentRecord stored = registry.register(record("a1", 1)).orElseThrow();
        assertThat(registry.find("a1")).contains(stored);
        assertThat(registry.isAlive(stored)).isTrue();
        assertThat(registry.all()).containsExactly(stored);
    }

    @Test
    void absentAgentIsEmptyEverywhere() {
        assertThat(registry.find("nobody")).isEmpty();
        assertThat(registry.update("nobody", r -> r)).isEmpty();
        assertThat(registry.remove("nobody")).isEmpty();
        assertThat(registry.all()).isEmpty();
    }

    @Test
    void liveAgentIdCannotBeRegisteredAgain() {
        registry.register(record("a1", 1));
        time.advance(TIMEOUT.minusNanos(1));
        assertThat(registry.register(record("a1", 2))).isEmpty();
        assertThat(registry.find("a1").orElseThrow().generation()).isEqualTo(1);
    }

    @Test
    void deadAgentIdIsReRegisteredWithFreshData() {
        registry.register(record("a1", 1));
        time.advance(TIMEOUT);
        assertThat(registry.isAlive(registry.find("a1").orElseThrow())).isFalse();
        assertThat(registry.register(record("a1", 2))).isPresent();
        AgentRecord now = registry.find("a1").orElseThrow();
        assertThat(now.generation()).isEqualTo(2);
        assertThat(registry.isAlive(now)).isTrue();
    }

    @Test
    void agentIsRemovedAfterRemoveAfterWithoutBeingSeen() {
        registry.register(record("a1", 1));
        time.advance(REMOVE_AFTER.minusNanos(1));
        assertThat(registry.find("a1")).isPresent();
        time.advance(Duration.ofNanos(1));
        assertThat(registry.find("a1")).isEmpty();
        assertThat(registry.all()).isEmpty();
    }

    @Test
    void beingSeenPostponesRemovalAndReadsDoNot() {
        registry.register(record("a1", 1));
        time.advance(Duration.ofSeconds(100));
        registry.update("a1", r -> r.seen(time.read(), time.instant()));
        time.advance(Duration.ofSeconds(100));
        assertThat(registry.find("a1")).as("seen 100 s ago").isPresent();
        time.advance(Duration.ofSeconds(19));
        registry.find("a1");
        registry.all();
        time.advance(Duration.ofSeconds(1));
        assertThat(registry.find("a1")).as("reads never extend the removal deadline").isEmpty();
    }

    @Test
    void metricsUpdateDoesNotCountAsBeingSeen() {
        registry.register(record("a1", 1));
        time.advance(TIMEOUT);
        AgentMetrics reported = new AgentMetrics(1, 1, 1, time.instant(), 1, 1, 1, 0);
        AgentRecord updated = registry.update("a1", r -> r.withMetrics(reported)).orElseThrow();
        assertThat(updated.metrics()).isEqualTo(reported);
        assertThat(registry.isAlive(updated)).isFalse();
        time.advance(REMOVE_AFTER.minus(TIMEOUT));
        assertThat(registry.find("a1")).isEmpty();
    }

    @Test
    void removeReturnsTheRecordOnce() {
        AgentRecord stored = registry.register(record("a1", 1)).orElseThrow();
        assertThat(registry.remove("a1")).contains(stored);
        assertThat(registry.remove("a1")).isEmpty();
        assertThat(registry.register(record("a1", 2))).as("a removed id is free").isPresent();
    }

    @Test
    void updateMustKeepTheId() {
        registry.register(record("a1", 1));
        AgentRecord other = record("a2", 9);
        assertThatThrownBy(() -> registry.update("a1", r -> other)).isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.find("a1").orElseThrow().generation()).isEqualTo(1);
    }

    @Test
    void allListsAliveAndDeadAgents() {
        registry.register(record("a1", 1));
        time.advance(TIMEOUT);
        registry.register(record("a2", 2));
        assertThat(registry.all()).extracting(AgentRecord::agentId).containsExactlyInAnyOrder("a1", "a2");
        assertThat(registry.all()).filteredOn(registry::isAlive).extracting(AgentRecord::agentId)
                .containsExactly("a2");
    }
}
