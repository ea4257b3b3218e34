package tech.arcp.registry;

import tech.arcp.api.RegistryStats;

/**
 * The {@code registry_statistics} of {@code GET /agents/stats} (REGISTRY.md "Stats"). Until the
 * agent registry exists, {@link #NONE} reports zeros.
 */
public interface RegistryStatistics {

    RegistryStatistics NONE = () -> RegistryStats.EMPTY;

    /** A fresh snapshot. */
    RegistryStats snapshot();
}
