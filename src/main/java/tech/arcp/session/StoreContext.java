package tech.arcp.session;

import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.function.Supplier;

/** What a {@link SessionStoreFactory} needs to build a store. */
public record StoreContext(Supplier<SessionPolicy> policy, Ticker ticker, Clock clock, SessionEvents events,
                           Environment environment) {
}
