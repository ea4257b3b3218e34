package tech.arcp.registry.rules;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The registry rules in force.
 *
 * @param allowedTypes      agent types accepted at registration, compared case-insensitively
 * @param heartbeatTimeout  an agent is alive while its last heartbeat is younger than this
 * @param removeAfter       an agent not seen for this long is removed as if unregistered
 * @param tokenIdleTimeout  agent access tokens end after this long without use
 * @param tempTokenLifetime temp tokens end this long after issue, used or not
 * @param maximumAgents     bound of the registry (and of each token cache)
 */
public record AgentPolicy(List<String> allowedTypes, Duration heartbeatTimeout, Duration removeAfter,
                          Duration tokenIdleTimeout, Duration tempTokenLifetime, long maximumAgents) {

    public AgentPolicy {
        allowedTypes = List.copyOf(allowedTypes);
    }

    public boolean allows(String type) {
        return allowedTypes.stream().anyMatch(t -> t.equalsIgnoreCase(type));
    }

    /** The allowed types lower-cased, as the gauges label them. */
    public List<String> typeLabels() {
        return allowedTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
