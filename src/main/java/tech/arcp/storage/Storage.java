package tech.arcp.storage;

import com.codahale.metrics.MetricSet;
import com.codahale.metrics.health.HealthCheck;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import tech.arcp.registry.AgentStores;
import tech.arcp.session.SessionStore;
import tech.arcp.session.TokenCodec;

/**
 * Where the service keeps its data, built once from {@code sessions.store} by its
 * {@link StorageFactory}: the session store, the agent registry's stores, the token codec on the
 * key this storage provides, the time base of every stored tick, a health check and the
 * lifecycle of its connections. The application asks it for each part; nothing else is built
 * from the configuration of a store.
 */
public interface Storage extends Managed {
    /** Name of the storage's health check: healthy when the store answers (SPEC §6). */
    String HEALTH_CHECK = "session-store";

    /**
     * The time base of the ticks of what this storage keeps ({@code Session#createdTick()}, agent
     * heartbeats): the application's monotonic ticker for a store of one process; a time base
     * common to every node for a shared store.
     */
    Ticker timeBase();

    /**
     * The wall clock of what this storage shows (agents' {@code registered_at}, {@code last_seen}):
     * the application's clock for a store of one process; the time authority every node shares
     * for a shared store, so that two nodes show the same instants.
     */
    Clock clock();

    /** The token codec: {@code tokens.key}, else a key this storage shares between nodes, else a random one. */
    TokenCodec tokens();

    SessionStore sessions();

    /** The stores of the agent registry, on {@link #timeBase()}. */
    AgentStores agents();

    /** {@value #HEALTH_CHECK}: healthy when the store answers. */
    HealthCheck healthCheck();

    /** Gauges of this storage itself (e.g. cache statistics), registered by the application. */
    MetricSet metrics();

    /** Closes the storage's connections when the server stops; nothing by default. */
    @Override
    default void stop() {
    }
}
