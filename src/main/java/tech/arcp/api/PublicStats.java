package tech.arcp.api;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code GET /public/stats}: figures over the agents public discovery shows. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"alive_agents", "total_agents", "agent_types", "system_status", "last_updated", "available_types"})
public record PublicStats(long aliveAgents, long totalAgents, long agentTypes, String systemStatus, String lastUpdated,
                          List<String> availableTypes) {
}
