package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import tech.arcp.session.SessionPolicy;

/**
 * {@code POST /dashboard/config} body: each member optional (absent or null keeps the value in
 * force); timeouts in seconds; {@code ui} replaces the stored UI settings. Unknown members are
 * collected in {@code unknown} and refused, so a misspelt setting is not silently ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConfigUpdate(
        @Min(MIN_TIMEOUT_SECONDS) @Max(SessionPolicy.MAX_IDLE_SECONDS) Long idleTimeout,
        @Min(MIN_TIMEOUT_SECONDS) @Max(SessionPolicy.MAX_ABSOLUTE_SECONDS) Long absoluteTimeout,
        @Min(1) @Max(SessionPolicy.MAX_PER_USER) Integer maxPerUser,
        Map<String, Object> ui,
        @JsonAnySetter Map<String, Object> unknown) {

    /** Run-time changes may not set a timeout below one minute (an admin could lock everyone out). */
    public static final long MIN_TIMEOUT_SECONDS = 60;
}
