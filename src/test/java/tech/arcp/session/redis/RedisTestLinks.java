package tech.arcp.session.redis;

import java.time.Duration;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestTime;

/** Connections to the tests' Redis (127.0.0.1:6379) for tests outside this package. */
public final class RedisTestLinks {
    private RedisTestLinks() {
    }

    /**
     * The store's time base on {@code link} for a test on {@code time}: the Redis server's clock,
     * fast-forwarded by every {@link TestTime#advance}; nodes on the same {@code time} agree.
     */
    public static ServerTime serverTime(RedisLink link, TestTime time) {
        return ServerTime.shifted(link, time, time::elapsedNanos);
    }

    public static RedisLink open() {
        RedisTesting.requireRedis();
        return new RedisLink(RedisClients.standalone(RedisTesting.URL, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), 2);
    }
}
