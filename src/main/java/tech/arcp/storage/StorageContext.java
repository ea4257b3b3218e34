package tech.arcp.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.TokensFactory;

/**
 * What a {@link StorageFactory} builds a {@link Storage} from.
 *
 * @param tokens the {@code tokens:} configuration, for the codec on the storage's key source
 * @param ticker the application's monotonic ticker (deadlines of a one-process store, caches)
 * @param clock  the application's clock (displayed instants; the time base of a shared store)
 * @param mapper the application's JSON mapper, for stores that keep JSON
 */
public record StorageContext(RuntimeSettings settings, AgentPolicy agentPolicy, TokensFactory tokens, Ticker ticker,
                             Clock clock, SessionEvents events, ObjectMapper mapper) {
}
