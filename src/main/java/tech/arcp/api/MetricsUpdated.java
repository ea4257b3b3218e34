package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code POST /agents/{agent_id}/metrics}: the metrics now stored. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"status", "message", "agent_id", "metrics"})
public record MetricsUpdated(String status, String message, String agentId, AgentMetricsView metrics) {
}
