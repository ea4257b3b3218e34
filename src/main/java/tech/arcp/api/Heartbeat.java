package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /agents/{agent_id}/heartbeat}: when the agent was last seen. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"agent_id", "status", "last_seen"})
public record Heartbeat(
        @Schema(example = "echo-agent-001") String agentId,
        @Schema(example = "success") String status,
        @Schema(format = "date-time", example = "2026-12-01T10:00:30.000Z") String lastSeen) {
}
