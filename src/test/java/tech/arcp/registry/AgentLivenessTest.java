package tech.arcp.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.arcp.problem.ProblemException;
import tech.arcp.registry.caffeine.CaffeineAgentRegistry;
import tech.arcp.registry.caffeine.CaffeineAgentTokenStore;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.rules.RegistrationRules;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.registry.tokens.Caller;
import tech.arcp.session.TokenCodec;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.TestTime;

/** Liveness at read time (REGISTRY.md "Heartbeat, metrics, liveness"), driven by the fake ticker. */
class AgentLivenessTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REMOVE_AFTER = Duration.ofSeconds(120);
    private static final Caller ADMIN = Caller.admin("ARCP");

    private TestTime time;
    private AgentService service;
    private AgentQueries queries;
    private AgentTokens tokens;

    @BeforeEach
    void setUp() {
        time = new TestTime();
        AgentPolicy policy = new AgentPolicy(List.of("testing"), TIMEOUT, REMOVE_AFTER, Duration.ofDays(7),
                Duration.ofSeconds(900), 1000);
        AgentRegistry registry = new CaffeineAgentRegistry(policy, time);
        tokens = new AgentTokens(new TokenCodec(new byte[32]), registry, new CaffeineAgentTokenStore(policy, time));
        service = new AgentService(registry, tokens, new RegistrationRules(policy, new ObjectMapper()),
                new RegistryMetrics(new MetricRegistry()), time, time);
        queries = new AgentQueries(registry, time);
        service.register(ADMIN, AgentBodies.registration("live-1"));
    }

    private String status() {
        return queries.get(ADMIN, "live-1").status();
    }

    @Test
    void aliveUntilTheHeartbeatTimeoutHasPassed() {
        time.advance(TIMEOUT.minusMillis(1));
        assertThat(status()).isEqualTo("alive");
        time.advance(Duration.ofMillis(1));
        assertThat(status()).isEqualTo("dead");
    }

    @Test
    void heartbeatRevivesADeadAgent() {
        time.advance(Duration.ofSeconds(90));
        assertThat(status()).isEqualTo("dead");
        service.heartbeat(ADMIN, "live-1");
        assertThat(status()).isEqualTo("alive");
        time.advance(Duration.ofSeconds(90));
        assertThat(queries.get(ADMIN, "live-1").record().lastSeen()).isEqualTo(TestTime.START.plusSeconds(90));
    }

    @Test
    void deadAgentIsHiddenFromPublicDiscoveryButListedForCallers() {
        time.advance(TIMEOUT);
        assertThat(queries.discover(new AgentFilter(null, null, List.of(), 50, 0))).isEmpty();
        assertThatThrownBy(() -> queries.publicAgent("live-1")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().type().slug()).isEqualTo("agent-not-available"));
        assertThat(queries.list(ADMIN, new AgentFilter(null, "dead", List.of(), Integer.MAX_VALUE, 0))).hasSize(1);
        assertThat(queries.list(ADMIN, new AgentFilter(null, "alive", List.of(), Integer.MAX_VALUE, 0))).isEmpty();
    }

    @Test
    void agentNotSeenForRemoveAfterIsGoneAndItsTokenWithIt() {
        String token = service.register(ADMIN, AgentBodies.registration("live-2")).accessToken();
        time.advance(REMOVE_AFTER);
        assertThatThrownBy(() -> queries.get(ADMIN, "live-2")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().type().slug()).isEqualTo("agent-not-found"));
        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(tokens.isAgentToken(token)).isTrue();
    }

    @Test
    void metricsUpdateSetsLastActiveNotLastSeen() {
        time.advance(Duration.ofSeconds(50));
        AgentRecord updated = service.updateMetrics(ADMIN, "live-1",
                new ObjectMapper().createObjectNode().put("success_rate", 0.5));
        assertThat(updated.metrics().lastActive()).isEqualTo(TestTime.START.plusSeconds(50));
        assertThat(updated.lastSeen()).isEqualTo(TestTime.START);
        time.advance(Duration.ofSeconds(10));
        assertThat(status()).isEqualTo("dead");
    }

    @Test
    void accessTokenSlidesWithUseAndEndsAfterItsIdleTimeout() {
        AgentPolicy longLived = new AgentPolicy(List.of("testing"), TIMEOUT, Duration.ofDays(30), Duration.ofDays(7),
                Duration.ofSeconds(900), 1000);
        AgentRegistry registry = new CaffeineAgentRegistry(longLived, time);
        AgentTokens idleTokens = new AgentTokens(new TokenCodec(new byte[32]), registry, new CaffeineAgentTokenStore(longLived, time));
        AgentService longService = new AgentService(registry, idleTokens,
                new RegistrationRules(longLived, new ObjectMapper()), new RegistryMetrics(new MetricRegistry()),
                time, time);
        String token = longService.register(ADMIN, AgentBodies.registration("idle-1")).accessToken();
        time.advance(Duration.ofDays(6));
        assertThat(idleTokens.authenticate(token)).contains(Caller.agent("idle-1"));
        time.advance(Duration.ofDays(6));
        assertThat(idleTokens.authenticate(token)).as("12 days old, used 6 days ago").isPresent();
        time.advance(Duration.ofDays(7));
        assertThat(idleTokens.authenticate(token)).as("unused for 7 days").isEmpty();
    }

    @Test
    void tempTokenHasATrueLifetimeEvenWhenUsed() {
        String temp = tokens.issueTemp("t-1");
        time.advance(Duration.ofSeconds(899));
        assertThat(tokens.authenticate(temp)).contains(Caller.temp("t-1"));
        time.advance(Duration.ofSeconds(1));
        assertThat(tokens.authenticate(temp)).isEmpty();
    }
}
