package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /agents/{agent_id}/metrics} as REGISTRY.md lists it, for the OpenAPI
 * document: a partial update, every member optional; {@code agent_id} in it is ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(description = "A partial metrics update (REGISTRY.md): members left out keep their values")
public record AgentMetricsReport(
        @Schema(minimum = "0", maximum = "1", example = "0.95") Double successRate,
        @Schema(minimum = "0", maximum = "3600", description = "Seconds", example = "0.25") Double avgResponseTime,
        @Schema(minimum = "0", example = "40") Long totalRequests,
        @Schema(minimum = "0", maximum = "10", example = "7.5") Double reputationScore,
        @Schema(minimum = "0", example = "38") Long requestsProcessed,
        @Schema(minimum = "0", maximum = "3600", description = "Seconds", example = "0.25") Double averageResponseTime,
        @Schema(minimum = "0", maximum = "1", example = "0.05") Double errorRate) {
}
