package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The PIN rules as {@code GET /dashboard/config} shows them. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"min_length", "max_length", "max_attempts"})
public record PinRulesView(int minLength, int maxLength, int maxAttempts) {
}
