package tech.arcp.registry.tokens;

import java.util.Optional;

/** The current registration (generation) of each agent, which an access token must match. */
@FunctionalInterface
public interface AgentGenerations {
    /** Empty when the agent is not registered. */
    Optional<Long> generation(String agentId);
}
