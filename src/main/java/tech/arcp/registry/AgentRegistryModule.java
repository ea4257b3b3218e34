package tech.arcp.registry;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.rules.RegistrationRules;
import tech.arcp.registry.tokens.AgentKeys;
import tech.arcp.registry.tokens.AgentLogin;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.session.TokenCodec;

/**
 * The registry's parts built from {@code agents:} on the stores of the storage backend, sharing
 * the admin token codec, the app's clock and its metric registry; ticks are on the stores' time
 * base (the wall-clock one shared by the nodes with the Redis store, the app's ticker otherwise).
 */
public record AgentRegistryModule(AgentPolicy policy, AgentRegistry registry, AgentTokens tokens, AgentLogin login,
                                  AgentService service, AgentQueries queries) {

    public static AgentRegistryModule build(AgentsFactory config, AgentStores stores, TokenCodec codec, Clock clock,
                                            ObjectMapper mapper, MetricRegistry metricRegistry) {
        AgentPolicy policy = config.policy();
        if (config.keyList().isEmpty()) {
            LoggerFactory.getLogger(AgentRegistryModule.class)
                    .warn("agents.keys (AGENT_KEYS) is empty: no agent can obtain a temporary token");
        }
        Ticker ticker = stores.ticker();
        AgentRegistry registry = stores.registry();
        AgentTokens tokens = new AgentTokens(codec, registry, stores.tokens());
        RegistryMetrics metrics = new RegistryMetrics(metricRegistry);
        AgentLogin login = new AgentLogin(new AgentKeys(config.keyList()), tokens, config.tokenThrottle().build(ticker));
        AgentService service = new AgentService(registry, tokens, new RegistrationRules(policy, mapper), metrics,
                ticker, clock);
        AgentQueries queries = new AgentQueries(registry, clock);
        metrics.gauges(policy, queries::aliveOfType);
        return new AgentRegistryModule(policy, registry, tokens, login, service, queries);
    }

    /** The numbers of {@code GET /agents/stats}'s {@code registry_statistics}. */
    public RegistryStatistics statistics() {
        return queries;
    }
}
