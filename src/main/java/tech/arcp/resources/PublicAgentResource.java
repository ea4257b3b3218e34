package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tech.arcp.api.AgentInfo;
import tech.arcp.api.AgentTypes;
import tech.arcp.api.PublicStats;
import tech.arcp.auth.Public;
import tech.arcp.registry.AgentFilter;
import tech.arcp.registry.AgentQueries;

/** {@code /public}: discovery of alive agents and registry figures, for anyone. */
@Tag(name = "public", description = "Public discovery of alive agents")
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
@Public
public final class PublicAgentResource {
    private final AgentQueries queries;
    private final List<String> allowedTypes;

    public PublicAgentResource(AgentQueries queries, List<String> allowedTypes) {
        this.queries = queries;
        this.allowedTypes = List.copyOf(allowedTypes);
    }

    @GET
    @Path("/discover")
    @ApiResponse(responseCode = "422", description = "limit or offset out of range (see validation_errors)")
    @Operation(operationId = "discoverAgents", summary = "Alive agents, filtered and paged (public, a bare JSON array)")
    public List<AgentInfo> discover(@QueryParam("agent_type") String type,
            @Parameter(description = "All of these") @QueryParam("capabilities") List<String> capabilities,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
            @QueryParam("offset") String offset) {
        AgentFilter filter = AgentViews.filter(type, null, capabilities,
                AgentViews.integer(limit, "limit", AgentFilter.DEFAULT_LIMIT, 1, AgentFilter.MAX_LIMIT),
                AgentViews.integer(offset, "offset", 0, 0, Integer.MAX_VALUE));
        return queries.discover(filter).stream().map(v -> AgentViews.agent(v, false)).toList();
    }

    @GET
    @Path("/agent/{agent_id}")
    @Operation(operationId = "publicAgent", summary = "An alive agent (public; a dead one is agent-not-available)")
    public AgentInfo agent(@PathParam("agent_id") String agentId) {
        return AgentViews.agent(queries.publicAgent(agentId), false);
    }

    @GET
    @Path("/stats")
    @Operation(operationId = "publicStats", summary = "Registry counts (public)")
    public PublicStats stats() {
        return queries.publicStats();
    }

    @GET
    @Path("/agent_types")
    @Operation(operationId = "agentTypes", summary = "The agent types registration accepts")
    public AgentTypes agentTypes() {
        return new AgentTypes(allowedTypes);
    }
}
