package tech.arcp.storage.caffeine;

import com.codahale.metrics.MetricSet;
import com.codahale.metrics.health.HealthCheck;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import tech.arcp.registry.AgentStores;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.caffeine.CaffeineSessionStore;
import tech.arcp.storage.Storage;

/** Everything in this process's memory: nothing to close, the cache statistics as gauges. */
record CaffeineStorage(Ticker timeBase, Clock clock, TokenCodec tokens, CaffeineSessionStore sessions, AgentStores agents,
                       HealthCheck healthCheck) implements Storage {

    @Override
    public MetricSet metrics() {
        return new CacheStatsGauges(sessions.cache());
    }
}
