package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One health check in {@code GET /health}: {@code healthy}/{@code unhealthy}, its message when it
 * has one, and its details (free-form, e.g. the store's type and size) as members of their own.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"status", "message"})
public record HealthComponent(String status, @JsonInclude(JsonInclude.Include.NON_NULL) String message,
                              @JsonAnyGetter Map<String, Object> details) {
}
