package tech.arcp.session;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.jackson.Discoverable;
import java.util.Optional;
import tech.arcp.session.caffeine.CaffeineStoreFactory;

/** {@code sessions.store:} a store chosen by {@code type} ({@code caffeine}, the default). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = CaffeineStoreFactory.class)
public interface SessionStoreFactory extends Discoverable {
    /** Name of the store's health check: healthy when the store answers (SPEC §6). */
    String HEALTH_CHECK = "session-store";

    /** Builds the store and attaches its lifecycle, health check and metrics to the environment. */
    SessionStore build(StoreContext context);

    /**
     * The time base of the ticks of the sessions this store keeps ({@link Session#createdTick()}...),
     * which the {@link SessionService} must use too: the context's monotonic ticker by default; a
     * store shared by several nodes returns a time base common to all of them.
     */
    default Ticker timeBase(StoreContext context) {
        return context.ticker();
    }

    /**
     * A generated token key common to every node of this store, used when {@code tokens.key} is
     * unset; empty (the default) means each process generates its own.
     */
    default Optional<byte[]> sharedTokenKey() {
        return Optional.empty();
    }
}
