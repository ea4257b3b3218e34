package tech.arcp.registry;

import java.util.List;
import java.util.function.Predicate;

/**
 * Query filters of {@code GET /agents} and {@code GET /public/discover}, already checked.
 *
 * @param agentType    exact type, or null for any
 * @param status       {@code alive}, {@code dead} or null for both
 * @param capabilities wanted capabilities (any-of for lists, all-of for discovery); empty for any
 */
public record AgentFilter(String agentType, String status, List<String> capabilities, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public AgentFilter {
        capabilities = List.copyOf(capabilities);
    }

    Predicate<AgentView> listMatch() {
        return v -> typeMatches(v) && (status == null || status.equals(v.status()))
                && (capabilities.isEmpty() || capabilities.stream().anyMatch(c -> has(v, c)));
    }

    Predicate<AgentView> discoverMatch() {
        return v -> typeMatches(v) && capabilities.stream().allMatch(c -> has(v, c));
    }

    private boolean typeMatches(AgentView v) {
        return agentType == null || agentType.equals(v.record().agentType());
    }

    private static boolean has(AgentView v, String capability) {
        return v.record().registration().capabilities().contains(capability);
    }
}
