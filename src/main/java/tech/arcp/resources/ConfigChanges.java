package tech.arcp.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.arcp.api.ConfigUpdate;
import tech.arcp.api.FieldError;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionPolicy;

/**
 * Turns a validated {@link ConfigUpdate} into the next {@link RuntimeSettings.Snapshot}: absent
 * members keep the values in force, the merged policy must have idle ≤ absolute, and {@code ui}
 * must fit in {@code maxUiSize} bytes of JSON (top-level null members are dropped); unknown members
 * are refused. Violations are
 * thrown as 422 {@code validation-failed}.
 */
final class ConfigChanges {
    private final ObjectMapper mapper;
    private final long maxUiSize;

    ConfigChanges(ObjectMapper mapper, long maxUiSize) {
        this.mapper = mapper;
        this.maxUiSize = maxUiSize;
    }

    RuntimeSettings.Snapshot next(RuntimeSettings.Snapshot current, ConfigUpdate update) {
        if (update.unknown() != null && !update.unknown().isEmpty()) {
            throw invalid(update.unknown().keySet().iterator().next(), "is not a setting");
        }
        SessionPolicy now = current.policy();
        Duration idle = update.idleTimeout() == null ? now.idleTimeout() : Duration.ofSeconds(update.idleTimeout());
        Duration absolute = update.absoluteTimeout() == null
                ? now.absoluteTimeout() : Duration.ofSeconds(update.absoluteTimeout());
        int maxPerUser = update.maxPerUser() == null ? now.maxPerUser() : update.maxPerUser();
        if (idle.compareTo(absolute) > 0) {
            throw invalid("idle_timeout", "must not be longer than absolute_timeout (" + absolute.toSeconds() + ")");
        }
        Map<String, Object> ui = update.ui() == null ? current.ui() : checkedUi(update.ui());
        return new RuntimeSettings.Snapshot(new SessionPolicy(idle, absolute, maxPerUser), ui);
    }

    private Map<String, Object> checkedUi(Map<String, Object> ui) {
        Map<String, Object> kept = new LinkedHashMap<>();
        ui.forEach((key, value) -> {
            if (value != null) {
                kept.put(key, value);
            }
        });
        try {
            if (mapper.writeValueAsBytes(kept).length > maxUiSize) {
                throw invalid("ui", "must be at most " + maxUiSize + " bytes of JSON");
            }
        } catch (JsonProcessingException e) {
            throw invalid("ui", "must be a JSON object");
        }
        return kept;
    }

    private static RuntimeException invalid(String field, String message) {
        return Problem.of(ProblemType.VALIDATION_FAILED, "The request did not pass validation")
                .with("validation_errors", List.of(new FieldError(field, message)))
                .exception();
    }
}
