package tech.arcp.session.caffeine;

import com.codahale.metrics.health.HealthCheck;

/**
 * {@code session-store} for the Caffeine store: healthy when the store answers and holds
 * fewer sessions than its bound ({@code maximumSize}); at the bound, new logins push out other
 * users' sessions (ended as {@code evicted}), so it reports unhealthy.
 */
public final class CaffeineStoreHealthCheck extends HealthCheck {
    private final CaffeineSessionStore store;
    private final long maximumSize;

    public CaffeineStoreHealthCheck(CaffeineSessionStore store, long maximumSize) {
        this.store = store;
        this.maximumSize = maximumSize;
    }

    @Override
    protected Result check() {
        long size = store.size(); // runs pending maintenance: the cache answers
        ResultBuilder result = Result.builder().healthy();
        result.withDetail("type", "caffeine").withDetail("size", size).withDetail("maximum_size", maximumSize);
        if (size >= maximumSize) {
            result.unhealthy().withMessage("at its bound: new logins evict other sessions");
        }
        return result.build();
    }
}
