package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code GET /agents/stats} (admin): registry and session statistics, and the features in force. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"registry_statistics", "session_statistics", "features"})
public record AgentStats(RegistryStats registryStatistics, SessionStats sessionStatistics, Features features) {
}
