package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An agent's reported metrics ({@code GET /agents/{agent_id}/metrics}, and inside agent views). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"agent_id", "success_rate", "avg_response_time", "total_requests", "last_active", "reputation_score",
    "requests_processed", "average_response_time", "error_rate"})
public record AgentMetricsView(String agentId, double successRate, double avgResponseTime, long totalRequests, String lastActive,
                               double reputationScore, long requestsProcessed, double averageResponseTime,
                               double errorRate) {
}
