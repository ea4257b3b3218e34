package tech.arcp.session.redis;

import com.codahale.metrics.health.HealthCheck;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.SetArgs;
import java.net.SocketAddress;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.ToIntFunction;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionStore;

/**
 * The session side of a Redis store, on connections the caller opened ({@link RedisSettings#connect})
 * and closes. Session ticks are the Redis server's clock in epoch nanoseconds ({@link ServerTime}),
 * the one time base all nodes share: no node's own clock enters a deadline.
 */
public final class RedisSessions {
    private RedisSessions() {
    }

    /** The token key stored once under {@code <prefix>token-key} (SET NX) by the first node to start. */
    public static byte[] sharedTokenKey(RedisLink link, String keyPrefix) {
        byte[] generated = new byte[32];
        new SecureRandom().nextBytes(generated);
        String name = new RedisKeys(keyPrefix).tokenKey();
        String stored = link.call(c -> {
            c.set(name, Base64.getEncoder().encodeToString(generated), SetArgs.Builder.nx());
            return c.get(name);
        });
        return Base64.getDecoder().decode(stored);
    }

    /**
     * The session store on the server's {@code time}, its near cache of {@code maximumSize} entries
     * on {@code ticker} (the node's monotonic one), and the run-time settings shared through Redis
     * (loaded now, then followed).
     */
    public static SessionStore open(RedisLink link, RedisSettings settings, long maximumSize, RuntimeSettings policy,
                                    Ticker ticker, ServerTime time, SessionEvents events, ObjectMapper mapper,
                                    ToIntFunction<String> userTags) {
        RedisKeys keys = new RedisKeys(settings.keyPrefix());
        NearCache near = new NearCache(ticker, settings.nearCacheTtl(), maximumSize);
        link.addListener(new PubSubWatch(link, near));
        new RedisSettingsSync(link, keys, policy, mapper).start();
        return new RedisSessionStore(link, keys, policy, time, events, near,
                settings.touchWriteThreshold(), userTags);
    }

    /** {@code session-store}: every connection answers PING and the pub/sub connection is up. */
    public static HealthCheck healthCheck(RedisLink link) {
        return new RedisHealthCheck(link);
    }

    /** The near cache holds nothing while invalidations cannot arrive. */
    private record PubSubWatch(RedisLink link, NearCache near) implements RedisConnectionStateListener {
        @Override
        public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
            if (link.isPubSub(connection)) {
                near.reset(true);
            }
        }

        @Override
        public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
            if (link.isPubSub(connection)) {
                near.reset(false);
            }
        }
    }
}
