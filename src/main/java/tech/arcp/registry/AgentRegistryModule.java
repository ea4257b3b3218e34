package tech.arcp.registry;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import tech.arcp.registry.caffeine.CaffeineAgentRegistry;
import tech.arcp.registry.caffeine.CaffeineAgentTokenStore;
import tech.arcp.registry.redis.RedisAgentRegistry;
import tech.arcp.registry.redis.RedisAgentTokenStore;
import tech.arcp.session.SessionStoreFactory;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.redis.RedisStoreFactory;

/**
 * The registry's parts built from {@code agents:}, sharing the admin token codec, the app's clock
 * and its metric registry. With the Redis session store (built before), agents and their tokens
 * live in that Redis, on its connections and key prefix, and ticks are the store's wall-clock time
 * base shared by the nodes; otherwise they live in Caffeine caches on the app's ticker.
 */
public record AgentRegistryModule(AgentPolicy policy, AgentRegistry registry, AgentTokens tokens, AgentLogin login,
                                  AgentService service, AgentQueries queries) {

    public static AgentRegistryModule build(AgentsFactory config, SessionStoreFactory store, TokenCodec codec,
                                            Ticker appTicker, Clock clock, ObjectMapper mapper,
                                            MetricRegistry metricRegistry) {
        AgentPolicy policy = config.policy();
        if (config.keyList().isEmpty()) {
            LoggerFactory.getLogger(AgentRegistryModule.class)
                    .warn("agents.keys (AGENT_KEYS) is empty: no agent can obtain a temporary token");
        }
        Storage storage = Storage.of(store, policy, appTicker, clock, mapper);
        Ticker ticker = storage.ticker();
        AgentRegistry registry = storage.registry();
        AgentTokens tokens = new AgentTokens(codec, registry, storage.tokens());
        RegistryMetrics metrics = new RegistryMetrics(metricRegistry);
        AgentLogin login = new AgentLogin(new AgentKeys(config.keyList()), tokens, config.tokenThrottle().build(ticker));
        AgentService service = new AgentService(registry, tokens, new RegistrationRules(policy, mapper), metrics,
                ticker, clock);
        AgentQueries queries = new AgentQueries(registry, clock);
        metrics.gauges(policy, queries::aliveOfType);
        return new AgentRegistryModule(policy, registry, tokens, login, service, queries);
    }

    /** Where agents and their tokens live, and the time base of their ticks. */
    private record Storage(Ticker ticker, AgentRegistry registry, AgentTokenStore tokens) {
        static Storage of(SessionStoreFactory store, AgentPolicy policy, Ticker appTicker, Clock clock,
                          ObjectMapper mapper) {
            if (store instanceof RedisStoreFactory redis) {
                Ticker shared = RedisStoreFactory.timeBase(clock);
                return new Storage(shared,
                        new RedisAgentRegistry(redis.sharedLink(), redis.keyPrefix(), mapper, policy, shared),
                        new RedisAgentTokenStore(redis.sharedLink(), redis.keyPrefix(), policy, shared));
            }
            return new Storage(appTicker, new CaffeineAgentRegistry(policy, appTicker),
                    new CaffeineAgentTokenStore(policy, appTicker));
        }
    }

    /** The numbers of {@code GET /agents/stats}'s {@code registry_statistics}. */
    public RegistryStatistics statistics() {
        return queries;
    }
}
