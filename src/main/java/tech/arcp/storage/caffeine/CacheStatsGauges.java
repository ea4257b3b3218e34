package tech.arcp.storage.caffeine;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricSet;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import tech.arcp.observability.MetricNames;

/**
 * Caffeine statistics of a cache as {@code arcp.sessions.cache.*} gauges, read from
 * {@link Cache#stats()} at each report. Expired sessions count as evictions, as Caffeine counts them.
 */
record CacheStatsGauges(Cache<?, ?> cache) implements MetricSet {

    @Override
    public Map<String, Metric> getMetrics() {
        Map<String, Metric> gauges = new LinkedHashMap<>();
        stat(gauges, "hit_count", CacheStats::hitCount);
        stat(gauges, "miss_count", CacheStats::missCount);
        stat(gauges, "eviction_count", CacheStats::evictionCount);
        stat(gauges, "load_count", CacheStats::loadCount);
        gauges.put(MetricNames.sessionCache("estimated_size"), (Gauge<Long>) cache::estimatedSize);
        return gauges;
    }

    private void stat(Map<String, Metric> gauges, String name, ToLongFunction<CacheStats> read) {
        gauges.put(MetricNames.sessionCache(name), (Gauge<Long>) () -> read.applyAsLong(cache.stats()));
    }
}
