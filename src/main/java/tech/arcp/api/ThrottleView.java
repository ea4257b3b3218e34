package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A login or PIN throttle as {@code GET /dashboard/config} shows it (durations in seconds). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"max_failures", "window", "lockout", "max_lockout"})
public record ThrottleView(int maxFailures, long window, long lockout, long maxLockout) {
}
