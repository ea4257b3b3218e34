package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The {@code features} of {@code GET /agents/stats}: which optional parts are in force. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"session_metrics", "prometheus_scrape", "audit_log", "agent_registry"})
public record Features(boolean sessionMetrics, boolean prometheusScrape, boolean auditLog, boolean agentRegistry) {
}
