package tech.arcp.registry.rules;

import java.time.Instant;

/**
 * The performance figures an agent reports (REGISTRY.md "Heartbeat, metrics, liveness"). Ranges:
 * rates 0–1, response times 0–3600 seconds, counts ≥ 0, reputation 0–10. {@code lastActive} is set
 * by the service on every update; null until the first one.
 */
public record AgentMetrics(double successRate, double avgResponseTime, long totalRequests, Instant lastActive,
                           double reputationScore, long requestsProcessed, double averageResponseTime,
                           double errorRate) {

    public static final AgentMetrics INITIAL = new AgentMetrics(0, 0, 0, null, 0, 0, 0, 0);
}
