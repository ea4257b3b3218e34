package tech.arcp.storage.caffeine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.github.benmanes.caffeine.cache.Scheduler;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.concurrent.ForkJoinPool;
import tech.arcp.registry.AgentStores;
import tech.arcp.registry.caffeine.CaffeineAgentRegistry;
import tech.arcp.registry.caffeine.CaffeineAgentTokenStore;
import tech.arcp.session.caffeine.CaffeineSessionStore;
import tech.arcp.session.caffeine.CaffeineStoreHealthCheck;
import tech.arcp.storage.Storage;
import tech.arcp.storage.StorageContext;
import tech.arcp.storage.StorageFactory;

/**
 * {@code store: {type: caffeine, maximumSize: 1000000}}: the embedded, single-node store. Sessions,
 * agents and agent tokens live in Caffeine caches on the application's ticker; the token key is
 * {@code tokens.key} or random.
 */
@JsonTypeName("caffeine")
public class CaffeineStoreFactory extends StorageFactory {
    @Min(1)
    @Max(100_000_000)
    @JsonProperty
    private long maximumSize = 1_000_000;

    public long maximumSize() {
        return maximumSize;
    }

    @Override
    public Storage build(StorageContext context) {
        warnDeprecatedKeys();
        CaffeineSessionStore store = new CaffeineSessionStore(context.settings(), context.ticker(), context.events(),
                maximumSize, Scheduler.systemScheduler(), ForkJoinPool.commonPool());
        AgentStores agents = new AgentStores(context.ticker(),
                new CaffeineAgentRegistry(context.agentPolicy(), context.ticker()),
                new CaffeineAgentTokenStore(context.agentPolicy(), context.ticker()));
        return new CaffeineStorage(context.ticker(), context.clock(), context.tokens().build(), store, agents,
                new CaffeineStoreHealthCheck(store, maximumSize));
    }
}
