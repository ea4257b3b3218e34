package tech.arcp.session.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import tech.arcp.session.SessionStoreUnavailableException;

/**
 * A bounded set of multiplexed Lettuce connections used round-robin, plus one pub/sub connection,
 * to one Redis or to a Redis Cluster.
 * Every command goes through {@link #call}, which turns any Redis failure (refused while
 * disconnected, timed out, connection lost, or an error reply meaning "not now") into
 * {@link SessionStoreUnavailableException}, so a caller fails closed within the command timeout
 * and never hangs; an error reply that means the command is wrong is an {@link IllegalStateException}.
 */
public final class RedisLink implements AutoCloseable {
    private final AbstractRedisClient client;
    private final List<StatefulConnection<String, String>> connections = new ArrayList<>();
    private final List<RedisClusterCommands<String, String>> commands = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final Map<String, Consumer<String>> subscribers = new ConcurrentHashMap<>();
    private final Durability durability;

    /**
     * How many replicas must confirm a {@link #durable} write (WAIT), within {@code timeout}.
     *
     * @param replicas 0: no confirmation asked
     */
    public record Durability(int replicas, java.time.Duration timeout) {
        static final Durability NONE = new Durability(0, java.time.Duration.ZERO);
    }

    /** A single Redis server (or the primary of a Sentinel URL), no replica confirmation. */
    RedisLink(RedisClient client, int poolSize) {
        this(client, poolSize, Durability.NONE);
    }

    /** A single Redis server or the primary named by Sentinel, whose durable writes wait for replicas. */
    RedisLink(RedisClient client, int poolSize, Durability durability) {
        this.client = client;
        this.durability = durability;
        for (int i = 0; i < poolSize; i++) {
            StatefulRedisConnection<String, String> connection = client.connect();
            connections.add(connection);
            commands.add(connection.sync());
        }
        this.pubSub = listen(client.connectPubSub());
    }

    /** A Redis Cluster: commands and scripts are routed by the slot of their (hash-tagged) keys. */
    RedisLink(RedisClusterClient client, int poolSize) {
        this.client = client;
        this.durability = Durability.NONE;
        for (int i = 0; i < poolSize; i++) {
            StatefulRedisClusterConnection<String, String> connection = client.connect();
            connections.add(connection);
            commands.add(connection.sync());
        }
        this.pubSub = listen(client.connectPubSub());
    }

    private StatefulRedisPubSubConnection<String, String> listen(StatefulRedisPubSubConnection<String, String> connection) {
        connection.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                Consumer<String> subscriber = subscribers.get(channel);
                if (subscriber != null) {
                    subscriber.accept(message);
                }
            }
        });
        return connection;
    }

    /** Runs one command (or script) on the next connection of the pool. */
    public <T> T call(Function<RedisClusterCommands<String, String>, T> command) {
        try {
            return command.apply(commands.get(Math.floorMod(next.getAndIncrement(), commands.size())));
        } catch (RedisCommandExecutionException e) {
            if (isRejection(e)) {
                throw new IllegalStateException("Redis rejected a command of the store", e);
            }
            throw new SessionStoreUnavailableException("Redis cannot serve now", e);
        } catch (RedisException e) {
            throw new SessionStoreUnavailableException("Redis is unavailable", e);
        }
    }

    /**
     * Runs a write, then WAITs on the same connection until {@link Durability#replicas()} replicas
     * have it (every write of that connection so far, in order); {@code confirmed} false when
     * they did not within the timeout. Always confirmed without replicas to wait for.
     */
    public <T> Durable<T> durable(Function<RedisClusterCommands<String, String>, T> write) {
        if (durability.replicas() == 0) {
            return new Durable<>(call(write), true);
        }
        return call(c -> {
            T result = write.apply(c);
            long acked = c.waitForReplication(durability.replicas(), durability.timeout().toMillis());
            return new Durable<>(result, acked >= durability.replicas());
        });
    }

    /** The result of a {@link #durable} write and whether the replicas confirmed it. */
    public record Durable<T>(T result, boolean confirmed) {
    }

    /**
     * An error reply that says the command itself is wrong (a bug: 500), unlike LOADING, READONLY,
     * BUSY, OOM, CLUSTERDOWN... which say Redis cannot serve now (503).
     */
    private static boolean isRejection(RedisCommandExecutionException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.startsWith("ERR") || message.startsWith("WRONGTYPE");
    }

    /**
     * PINGs every connection of the pool, so that "healthy" means every request can reach Redis;
     * the pub/sub connection must be up too. Returns the slowest round trip in microseconds.
     */
    long ping() {
        long slowest = 0;
        for (RedisClusterCommands<String, String> connection : commands) {
            long start = System.nanoTime();
            try {
                connection.ping();
            } catch (RedisException e) {
                throw new SessionStoreUnavailableException("Redis is unavailable", e);
            }
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000);
        }
        if (!pubSub.isOpen()) {
            throw new SessionStoreUnavailableException("Redis pub/sub connection is down", null);
        }
        return slowest;
    }

    /** {@code host:port} of the server the pool's first connection is on (the primary in use). */
    String server() {
        try {
            String info = commands.get(0).clientInfo();
            int at = info.indexOf("laddr=");
            return at < 0 ? "unknown" : info.substring(at + 6, info.indexOf(' ', at));
        } catch (RedisException e) {
            throw new SessionStoreUnavailableException("Redis is unavailable", e);
        }
    }

    /** Delivers the messages of {@code channel} to {@code subscriber}, on Lettuce's event loop. */
    void subscribe(String channel, Consumer<String> subscriber) {
        subscribers.put(channel, subscriber);
        try {
            pubSub.sync().subscribe(channel);
        } catch (RedisException e) {
            throw new SessionStoreUnavailableException("Redis is unavailable", e);
        }
    }

    /** Told when connections of this link drop and come back. */
    void addListener(io.lettuce.core.RedisConnectionStateListener listener) {
        client.addListener(listener);
    }

    boolean isPubSub(Object connection) {
        return connection == pubSub;
    }

    @Override
    public void close() {
        connections.forEach(StatefulConnection::close);
        pubSub.close();
        client.shutdown();
        client.getResources().shutdown();
    }
}
