package tech.arcp.session.redis;

import com.codahale.metrics.health.HealthCheck;
import tech.arcp.session.SessionStoreUnavailableException;

/**
 * {@code session-store}: healthy when every pooled connection answers PING within the command
 * timeout and the pub/sub connection (near-cache invalidations) is up.
 */
final class RedisHealthCheck extends HealthCheck {
    private final RedisLink link;

    RedisHealthCheck(RedisLink link) {
        this.link = link;
    }

    @Override
    protected Result check() {
        try {
            return Result.healthy("Redis PING round trip " + link.ping() + " µs");
        } catch (SessionStoreUnavailableException e) {
            return Result.unhealthy(e.getMessage());
        }
    }
}
