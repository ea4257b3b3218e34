package tech.arcp.session.caffeine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.github.benmanes.caffeine.cache.Scheduler;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.concurrent.ForkJoinPool;
import tech.arcp.metrics.CacheStatsGauges;
import tech.arcp.session.SessionStore;
import tech.arcp.session.SessionStoreFactory;
import tech.arcp.session.StoreContext;

/**
 * {@code store: {type: caffeine, maximumSize: 1000000}}: the embedded, single-node store. The keys
 * of the Redis store are accepted and ignored, so that one {@code config.yml} lists both and
 * {@code SESSION_STORE} alone switches between them.
 */
@JsonTypeName("caffeine")
@JsonIgnoreProperties({"url", "cluster", "keyPrefix", "connectTimeout", "commandTimeout", "maxReconnectDelay", "poolSize",
    "nearCacheTtl", "touchWriteThreshold"})
public class CaffeineStoreFactory implements SessionStoreFactory {
    @Min(1)
    @Max(100_000_000)
    @JsonProperty
    private long maximumSize = 1_000_000;

    public long maximumSize() {
        return maximumSize;
    }

    @Override
    public SessionStore build(StoreContext context) {
        CaffeineSessionStore store = new CaffeineSessionStore(context.policy(), context.ticker(), context.events(),
                maximumSize, Scheduler.systemScheduler(), ForkJoinPool.commonPool());
        if (context.environment() != null) {
            context.environment().healthChecks().register(HEALTH_CHECK, new CaffeineStoreHealthCheck(store, maximumSize));
            CacheStatsGauges.register(context.environment().metrics(), store.cache());
        }
        return store;
    }
}
