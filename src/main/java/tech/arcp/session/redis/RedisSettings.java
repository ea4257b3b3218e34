package tech.arcp.session.redis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.concurrent.TimeUnit;

/**
 * {@code sessions.store.redis:} where the Redis is and how the store talks to it. The same keys
 * were once written directly under {@code sessions.store} (see {@code docs/storage-backend.md}).
 */
public class RedisSettings {
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

    /**
     * Replicas that must confirm (WAIT) every ending of a session and every agent unregistration
     * before it is acknowledged: 0 for a lone Redis, 1 with Sentinel (docs/redis.md#sentinel).
     */
    @Min(0)
    @Max(16)
    @JsonProperty
    private int minReplicasAcked = 0;

    /** WAIT is routed to one node: on a Cluster it could not confirm the shard of the write. */
    @ValidationMethod(message = "sessions.store.redis.minReplicasAcked must be 0 with cluster: true")
    @JsonIgnore
    public boolean isReplicaAckSupported() {
        return !cluster || minReplicasAcked == 0;
    }

    public String url() {
        return url;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    java.time.Duration nearCacheTtl() {
        return nearCacheTtl.toJavaDuration();
    }

    java.time.Duration touchWriteThreshold() {
        return touchWriteThreshold.toJavaDuration();
    }

    /** The {@code poolSize} connections (and the pub/sub one) to the Redis at {@code url}. */
    public RedisLink connect() {
        java.time.Duration connect = connectTimeout.toJavaDuration();
        java.time.Duration command = commandTimeout.toJavaDuration();
        java.time.Duration reconnect = maxReconnectDelay.toJavaDuration();
        return cluster ? new RedisLink(RedisClients.cluster(url, connect, command, reconnect), poolSize)
                : new RedisLink(RedisClients.standalone(url, connect, command, reconnect), poolSize,
                        new RedisLink.Durability(minReplicasAcked, command.dividedBy(2)));
    }
}
