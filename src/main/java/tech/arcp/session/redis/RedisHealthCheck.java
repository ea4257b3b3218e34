package tech.arcp.session.redis;

import com.codahale.metrics.health.HealthCheck;
import tech.arcp.session.SessionStoreUnavailableException;

/**
 * {@code session-store}: healthy when every pooled connection answers PING within the command
 * timeout and the pub/sub connection (near-cache invalidations) is up; names the server in use
 * (after a Sentinel failover, the new primary; on a Cluster, one of its nodes).
 */
final class RedisHealthCheck extends HealthCheck {
    private final RedisLink link;

    RedisHealthCheck(RedisLink link) {
        this.link = link;
    }

    @Override
    protected Result check() {
        try {
            long roundTrip = link.ping();
            return Result.healthy("Redis PING round trip " + roundTrip + " µs; server in use " + link.server());
        } catch (SessionStoreUnavailableException e) {
            return Result.unhealthy(e.getMessage());
        }
    }
}
