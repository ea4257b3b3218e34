package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** {@code GET /health}: the overall status, the time, version and uptime, and every check by name. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"status", "timestamp", "version", "uptime_seconds", "components"})
public record HealthReport(
        @Schema(allowableValues = {"healthy", "degraded", "unhealthy", "draining"}, example = "healthy") String status,
        @Schema(format = "date-time", example = "2026-12-01T10:00:00.000Z") String timestamp,
        @Schema(example = "0.1.0") String version,
        @Schema(example = "86400") long uptimeSeconds,
        Map<String, HealthComponent> components) {
}
