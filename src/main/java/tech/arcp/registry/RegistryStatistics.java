package tech.arcp.registry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code registry_statistics} of {@code GET /agents/stats} (REGISTRY.md "Stats"). Until the
 * agent registry exists, {@link #NONE} reports zeros.
 */
public interface RegistryStatistics {

    RegistryStatistics NONE = () -> {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("total_agents", 0);
        stats.put("alive_agents", 0);
        stats.put("dead_agents", 0);
        stats.put("agent_types", Map.of());
        stats.put("embeddings_available", 0);
        stats.put("redis_connected", false);
        stats.put("ai_client_available", false);
        return stats;
    };

    /** A fresh snapshot, in the member order of REGISTRY.md. */
    Map<String, Object> snapshot();
}
