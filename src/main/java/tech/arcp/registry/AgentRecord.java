package tech.arcp.registry;

import java.time.Instant;
import tech.arcp.registry.rules.AgentMetrics;
import tech.arcp.registry.rules.Registration;

/**
 * One registered agent: its validated registration, when it registered, when it was last seen
 * (a monotonic tick for liveness and an instant for display) and its metrics.
 *
 * @param generation changes on every registration; access tokens are good only for the
 *                   generation they were issued to, so re-registering or removal revokes them
 */
public record AgentRecord(Registration registration, long generation, Instant registeredAt, long lastSeenTick,
                          Instant lastSeen, AgentMetrics metrics) {

    /** A record read from an older store entry gets {@code last_active} = its registration time. */
    public AgentRecord {
        if (metrics != null && registeredAt != null) {
            metrics = metrics.activeSince(registeredAt);
        }
    }

    public String agentId() {
        return registration.agentId();
    }

    public String agentType() {
        return registration.agentType();
    }

    public AgentRecord seen(long tick, Instant at) {
        return new AgentRecord(registration, generation, registeredAt, tick, at, metrics);
    }

    public AgentRecord withMetrics(AgentMetrics changed) {
        return new AgentRecord(registration, generation, registeredAt, lastSeenTick, lastSeen, changed);
    }
}
