package tech.arcp.registry.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A partial metrics update: every given field is checked against its range (422 naming the
 * field), absent fields keep their value, {@code agent_id}, {@code last_active} and unknown fields
 * are ignored.
 */
public final class MetricsRules {

    /** The metrics after applying {@code body} at {@code now}; throws 422 when any field breaks its range. */
    public AgentMetrics apply(AgentMetrics current, JsonNode body, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (body == null || !body.isObject()) {
            errors.add("body", "must be a JSON object");
            errors.throwIfAny("The metrics body is not a JSON object");
        }
        Double successRate = errors.number(body, "success_rate", 0, 1);
        Double avgResponse = errors.number(body, "avg_response_time", 0, 3600);
        Long total = errors.integer(body, "total_requests", 0, Long.MAX_VALUE);
        Double reputation = errors.number(body, "reputation_score", 0, 10);
        Long processed = errors.integer(body, "requests_processed", 0, Long.MAX_VALUE);
        Double averageResponse = errors.number(body, "average_response_time", 0, 3600);
        Double errorRate = errors.number(body, "error_rate", 0, 1);
        errors.throwIfAny("The metrics update did not pass validation");
        return new AgentMetrics(
                or(successRate, current.successRate()), or(avgResponse, current.avgResponseTime()),
                total == null ? current.totalRequests() : total, now,
                or(reputation, current.reputationScore()),
                processed == null ? current.requestsProcessed() : processed,
                or(averageResponse, current.averageResponseTime()), or(errorRate, current.errorRate()));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
