package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;
import tech.arcp.api.AgentStats;
import tech.arcp.api.Features;
import tech.arcp.api.SessionStats;
import tech.arcp.registry.RegistryStatistics;

/** {@code GET /agents/stats} (admin): registry and session statistics, and the features in force. */
@Tag(name = "agents")
@Path("/agents/stats")
@Produces(MediaType.APPLICATION_JSON)
public final class AgentStatsResource {
    private final RegistryStatistics registry;
    private final Supplier<SessionStats> sessions;
    private final Features features;

    public AgentStatsResource(RegistryStatistics registry, Supplier<SessionStats> sessions, Features features) {
        this.registry = registry;
        this.sessions = sessions;
        this.features = features;
    }

    @GET
    @Operation(operationId = "agentStats", summary = "Registry and session statistics (admin)")
    public AgentStats stats() {
        return new AgentStats(registry.snapshot(), sessions.get(), features);
    }
}
