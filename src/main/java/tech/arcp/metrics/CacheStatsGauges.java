package tech.arcp.metrics;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.function.ToLongFunction;

/**
 * Caffeine statistics of a cache as {@code arcp.sessions.cache.*} gauges, read from
 * {@link Cache#stats()} at each report. Expired sessions count as evictions, as Caffeine counts them.
 */
public final class CacheStatsGauges {
    private CacheStatsGauges() {
    }

    public static void register(MetricRegistry registry, Cache<?, ?> cache) {
        stat(registry, cache, "hit_count", CacheStats::hitCount);
        stat(registry, cache, "miss_count", CacheStats::missCount);
        stat(registry, cache, "eviction_count", CacheStats::evictionCount);
        stat(registry, cache, "load_count", CacheStats::loadCount);
        registry.register(MetricNames.sessionCache("estimated_size"), (Gauge<Long>) cache::estimatedSize);
    }

    private static void stat(MetricRegistry registry, Cache<?, ?> cache, String name, ToLongFunction<CacheStats> read) {
        registry.register(MetricNames.sessionCache(name), (Gauge<Long>) () -> read.applyAsLong(cache.stats()));
    }
}
