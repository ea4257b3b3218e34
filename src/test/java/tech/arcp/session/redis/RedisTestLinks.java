package tech.arcp.session.redis;

import java.time.Duration;
import tech.arcp.testing.RedisTesting;

/** Connections to the tests' Redis (127.0.0.1:6379) for tests outside this package. */
public final class RedisTestLinks {
    private RedisTestLinks() {
    }

    public static RedisLink open() {
        RedisTesting.requireRedis();
        return new RedisLink(RedisClients.standalone(RedisTesting.URL, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), 2);
    }
}
