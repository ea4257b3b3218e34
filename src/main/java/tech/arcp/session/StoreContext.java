package tech.arcp.session;

import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.function.ToIntFunction;

/**
 * What a {@link SessionStoreFactory} needs to build a store.
 *
 * @param userTags the non-secret tag of a user, as carried by its tokens ({@link TokenCodec#userTag}),
 *                 for stores that locate a user's data by it (the Redis hash tag)
 */
public record StoreContext(RuntimeSettings policy, Ticker ticker, Clock clock, SessionEvents events,
                           Environment environment, ToIntFunction<String> userTags) {

    /** Without user tags, for stores that do not need them (the Caffeine store). */
    public StoreContext(RuntimeSettings policy, Ticker ticker, Clock clock, SessionEvents events,
                        Environment environment) {
        this(policy, ticker, clock, events, environment, user -> {
            throw new IllegalStateException("no user tags in this store context");
        });
    }
}
