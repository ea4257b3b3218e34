package tech.arcp.session;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import tech.arcp.session.caffeine.CaffeineStoreFactory;

/** {@code sessions.store:} a store chosen by {@code type} ({@code caffeine}, the default). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = CaffeineStoreFactory.class)
public interface SessionStoreFactory extends Discoverable {
    /** Name of the store's health check: healthy when the store answers (SPEC §6). */
    String HEALTH_CHECK = "session-store";

    /** Builds the store and attaches its lifecycle, health check and metrics to the environment. */
    SessionStore build(StoreContext context);
}
