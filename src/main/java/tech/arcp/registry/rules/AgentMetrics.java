package tech.arcp.registry.rules;

import java.time.Instant;

/**
 * The performance figures an agent reports (REGISTRY.md "Heartbeat, metrics, liveness"). Ranges:
 * rates 0–1, response times 0–3600 seconds, counts ≥ 0, reputation 0–10. {@code lastActive} is the
 * registration time until the first update, then the time of the last one: never null, since ARCP's
 * {@code AgentMetrics.last_active} is a required datetime (its default is "now").
 */
public record AgentMetrics(double successRate, double avgResponseTime, long totalRequests, Instant lastActive,
                           double reputationScore, long requestsProcessed, double averageResponseTime,
                           double errorRate) {

    /** Zeros, active since {@code registeredAt}. */
    public static AgentMetrics initial(Instant registeredAt) {
        return new AgentMetrics(0, 0, 0, registeredAt, 0, 0, 0, 0);
    }

    /** These figures with {@code lastActive} set to {@code at} when it is null (records stored before it was set). */
    public AgentMetrics activeSince(Instant at) {
        return lastActive != null ? this : new AgentMetrics(successRate, avgResponseTime, totalRequests, at,
                reputationScore, requestsProcessed, averageResponseTime, errorRate);
    }
}
