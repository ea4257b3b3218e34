package tech.arcp.session;

import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;

/** What a {@link SessionStoreFactory} needs to build a store. */
public record StoreContext(RuntimeSettings policy, Ticker ticker, Clock clock, SessionEvents events,
                           Environment environment) {
}
