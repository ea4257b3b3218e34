package tech.arcp.api;

import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The {@code session_statistics} of {@code GET /agents/stats}; {@code ended_total} by end reason. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"active", "created_total", "ended_total"})
public record SessionStats(long active, long createdTotal, Map<String, Long> endedTotal) {
}
