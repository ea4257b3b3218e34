package tech.arcp.session.redis;

import com.codahale.metrics.health.HealthCheck;

/** {@code session-store}: healthy when Redis answers PING within the command timeout. */
final class RedisHealthCheck extends HealthCheck {
    private final RedisLink link;

    RedisHealthCheck(RedisLink link) {
        this.link = link;
    }

    @Override
    protected Result check() {
        long start = System.nanoTime();
        String pong = link.call(c -> c.ping());
        long micros = (System.nanoTime() - start) / 1_000;
        return "PONG".equals(pong)
                ? Result.healthy("Redis PING round trip " + micros + " µs")
                : Result.unhealthy("Redis answered PING unexpectedly");
    }
}
