package tech.arcp.api;

import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code GET /health}: the overall status, the time, version and uptime, and every check by name. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"status", "timestamp", "version", "uptime_seconds", "components"})
public record HealthReport(String status, String timestamp, String version, long uptimeSeconds,
                           Map<String, HealthComponent> components) {
}
