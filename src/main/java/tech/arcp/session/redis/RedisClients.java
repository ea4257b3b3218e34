package tech.arcp.session.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.MaintNotificationsConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Lettuce clients as the store needs them: commands rejected at once while disconnected (never
 * queued), a command timeout, automatic reconnection with a bounded exponential back-off.
 */
final class RedisClients {
    private RedisClients() {
    }

    /** A client that fails fast while disconnected and reconnects with a bounded back-off. */
    static RedisClient standalone(String url, Duration connectTimeout, Duration commandTimeout,
                              Duration maxReconnectDelay) {
        RedisClient client = RedisClient.create(resources(maxReconnectDelay), uri(url, connectTimeout));
        client.setOptions(options(connectTimeout, commandTimeout).build());
        return client;
    }

    /** The same for a Redis Cluster, whose topology is re-read when it changes (MOVED, reconnects). */
    static RedisClusterClient cluster(String url, Duration connectTimeout,
                                            Duration commandTimeout, Duration maxReconnectDelay) {
        RedisClusterClient client = RedisClusterClient.create(resources(maxReconnectDelay), uri(url, connectTimeout));
        // Node connections open lazily: commands wait for them (up to the command timeout) instead
        // of being rejected at once.
        client.setOptions(ClusterClientOptions.builder(options(connectTimeout, commandTimeout)
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS).build())
                .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder().enableAllAdaptiveRefreshTriggers().build())
                .build());
        return client;
    }

    /**
     * The URI's timeout bounds the connection handshake: the connect timeout, so a node starting on
     * a busy machine does not give up after one command timeout. Commands have their own, shorter
     * timeout ({@link TimeoutOptions}).
     */
    private static RedisURI uri(String url, Duration connectTimeout) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(connectTimeout);
        return uri;
    }

    private static ClientResources resources(Duration maxReconnectDelay) {
        return ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(10), maxReconnectDelay, 2,
                        TimeUnit.MILLISECONDS))
                .build();
    }

    private static ClientOptions.Builder options(Duration connectTimeout, Duration commandTimeout) {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .maintNotificationsConfig(MaintNotificationsConfig.disabled());
    }
}
