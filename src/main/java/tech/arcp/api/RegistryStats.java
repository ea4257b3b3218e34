package tech.arcp.api;

import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The {@code registry_statistics} of {@code GET /agents/stats} (REGISTRY.md "Stats"); agent counts by type. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"total_agents", "alive_agents", "dead_agents", "agent_types", "embeddings_available",
    "redis_connected", "ai_client_available"})
public record RegistryStats(long totalAgents, long aliveAgents, long deadAgents, Map<String, Long> agentTypes,
                            long embeddingsAvailable, boolean redisConnected, boolean aiClientAvailable) {

    /** Before the agent registry exists: zeros. */
    public static final RegistryStats EMPTY = new RegistryStats(0, 0, 0, Map.of(), 0, false, false);
}
