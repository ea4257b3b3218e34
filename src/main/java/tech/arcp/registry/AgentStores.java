package tech.arcp.registry;

import com.github.benmanes.caffeine.cache.Ticker;
import tech.arcp.registry.tokens.AgentTokenStore;

/**
 * Where agents and their tokens live, and the time base of their ticks.
 *
 * @param ticker the time base of the stored ticks (heartbeats, token deadlines)
 */
public record AgentStores(Ticker ticker, AgentRegistry registry, AgentTokenStore tokens) {
}
