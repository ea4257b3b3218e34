package tech.arcp.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tech.arcp.registry.RegistryStatistics;

/** {@code GET /agents/stats} (admin): registry and session statistics, and the features in force. */
@Path("/agents/stats")
@Produces(MediaType.APPLICATION_JSON)
public final class AgentStatsResource {
    private final RegistryStatistics registry;
    private final Supplier<Map<String, Object>> sessions;
    private final Map<String, Object> features;

    public AgentStatsResource(RegistryStatistics registry, Supplier<Map<String, Object>> sessions,
                              Map<String, Object> features) {
        this.registry = registry;
        this.sessions = sessions;
        this.features = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }

    @GET
    public Map<String, Object> stats() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("registry_statistics", registry.snapshot());
        body.put("session_statistics", sessions.get());
        body.put("features", features);
        return body;
    }
}
