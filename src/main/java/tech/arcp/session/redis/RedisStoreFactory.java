package tech.arcp.session.redis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.SetArgs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.SocketAddress;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tech.arcp.session.SessionStore;
import tech.arcp.session.SessionStoreFactory;
import tech.arcp.session.StoreContext;

/**
 * {@code store: {type: redis, url: redis://host:6379, ...}}: sessions shared by every node using
 * the same Redis and key prefix. Session ticks are wall-clock nanoseconds (the clock's
 * milliseconds × 10⁶), the one time base all nodes share; keep the nodes' clocks in sync (NTP).
 */
@JsonTypeName("redis")
public class RedisStoreFactory implements SessionStoreFactory {
    @NotEmpty
    @JsonProperty
    private String url = "redis://127.0.0.1:6379";

    /** {@code url} is one seed node of a Redis Cluster (the topology is discovered from it). */
    @JsonProperty
    private boolean cluster = false;

    /** Starts every key; no braces, so that the user hash tag is the first one of each key. */
    @NotNull
    @Pattern(regexp = "[^{}]*", message = "must not contain braces")
    @JsonProperty
    private String keyPrefix = "arcp:";

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 60, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration connectTimeout = Duration.seconds(5);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 30, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration commandTimeout = Duration.seconds(1);

    @NotNull
    @MinDuration(value = 10, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 60, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration maxReconnectDelay = Duration.seconds(1);

    @Min(1)
    @Max(64)
    @JsonProperty
    private int poolSize = 4;

    @NotNull
    @MaxDuration(value = 1, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration nearCacheTtl = Duration.seconds(1);

    @NotNull
    @MaxDuration(value = 60, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration touchWriteThreshold = Duration.seconds(1);

    /** Entries of the near cache (the same key as the Caffeine store's bound). */
    @Min(1)
    @Max(100_000_000)
    @JsonProperty
    private long maximumSize = 100_000;

    private RedisLink built;

    public String url() {
        return url;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    @Override
    public Ticker timeBase(StoreContext context) {
        return timeBase(context.clock());
    }

    /** Stored once under {@code <prefix>token-key} (SET NX) by the first node to start. */
    @Override
    public Optional<byte[]> sharedTokenKey() {
        RedisLink link = link(1);
        try {
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            String name = new RedisKeys(keyPrefix).tokenKey();
            String stored = link.call(c -> {
                c.set(name, Base64.getEncoder().encodeToString(generated), SetArgs.Builder.nx());
                return c.get(name);
            });
            return Optional.of(Base64.getDecoder().decode(stored));
        } finally {
            link.close();
        }
    }

    @Override
    public SessionStore build(StoreContext context) {
        RedisLink link = link(poolSize);
        built = link;
        context.environment().lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                link.close();
            }
        });
        RedisKeys keys = new RedisKeys(keyPrefix);
        NearCache near = new NearCache(context.ticker(), nearCacheTtl.toJavaDuration(), maximumSize);
        link.addListener(new PubSubWatch(link, near));
        new RedisSettingsSync(link, keys, context.policy(), context.environment().getObjectMapper()).start();
        context.environment().healthChecks().register("session-store", new RedisHealthCheck(link));
        return new RedisSessionStore(link, keys, context.policy(), timeBase(context), context.events(), near,
                touchWriteThreshold.toJavaDuration(), context.userTags());
    }

    /** The connections of the store {@link #build} made, for the agent registry to share. */
    public RedisLink sharedLink() {
        if (built == null) {
            throw new IllegalStateException("the Redis store is not built yet");
        }
        return built;
    }

    /** The shared time base: wall-clock nanoseconds (the clock's milliseconds × 10⁶). */
    public static Ticker timeBase(java.time.Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }

    private RedisLink link(int connections) {
        java.time.Duration connect = connectTimeout.toJavaDuration();
        java.time.Duration command = commandTimeout.toJavaDuration();
        java.time.Duration reconnect = maxReconnectDelay.toJavaDuration();
        return cluster ? new RedisLink(RedisClients.cluster(url, connect, command, reconnect), connections)
                : new RedisLink(RedisClients.standalone(url, connect, command, reconnect), connections);
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
