package tech.arcp.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tech.arcp.api.AgentInfo;
import tech.arcp.api.AgentMetricsReport;
import tech.arcp.api.AgentMetricsView;
import tech.arcp.api.AgentRegistered;
import tech.arcp.api.AgentRegistration;
import tech.arcp.api.AgentUnregistered;
import tech.arcp.api.Heartbeat;
import tech.arcp.api.MetricsUpdated;
import tech.arcp.api.Times;
import tech.arcp.auth.AgentAccess;
import tech.arcp.auth.Auth;
import tech.arcp.registry.AgentFilter;
import tech.arcp.registry.AgentQueries;
import tech.arcp.registry.AgentRecord;
import tech.arcp.registry.AgentService;
import tech.arcp.registry.AgentView;
import tech.arcp.registry.tokens.Caller;

/** {@code /agents}: registration and the agent's own calls; an admin session or an agent token. */
@Tag(name = "agents")
@Path("/agents")
@Produces(MediaType.APPLICATION_JSON)
public final class AgentResource {
    private final AgentService agents;
    private final AgentQueries queries;

    public AgentResource(AgentService agents, AgentQueries queries) {
        this.agents = agents;
        this.queries = queries;
    }

    @POST
    @Path("/register")
    @AgentAccess
    @ApiResponse(responseCode = "409", description = "duplicate-agent: an alive agent has this id")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerAgent",
            summary = "Register an agent (temp token, admin session, or its own token to re-register)")
    public AgentRegistered register(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgentRegistration.class)))
            JsonNode body,
            @Auth Caller caller) {
        AgentService.Registered registered = agents.register(caller, body);
        String id = registered.record().agentId();
        return new AgentRegistered("success", "Agent " + id + " registered successfully", id,
                registered.accessToken());
    }

    @GET
    @AgentAccess
    @ApiResponse(responseCode = "422", description = "A filter value is not valid (see validation_errors)")
    @Operation(operationId = "listAgents", summary = "Registered agents, filtered (a bare JSON array)")
    public List<AgentInfo> list(@QueryParam("agent_type") String type,
            @Parameter(schema = @Schema(allowableValues = {"alive", "dead"})) @QueryParam("status") String status,
            @Parameter(description = "Any of these") @QueryParam("capabilities") List<String> capabilities,
            @Parameter(schema = @Schema(type = "boolean", defaultValue = "false"))
            @QueryParam("include_metrics") String includeMetrics, @Auth Caller caller) {
        boolean metrics = AgentViews.flag(includeMetrics, "include_metrics", false);
        AgentFilter filter = AgentViews.filter(type, status, capabilities, Integer.MAX_VALUE, 0);
        return queries.list(caller, filter).stream()
                .map(v -> AgentViews.agent(v, metrics)).toList();
    }

    @GET
    @Path("/{agent_id}")
    @AgentAccess
    @ApiResponse(responseCode = "422", description = "include_metrics is neither true nor false")
    @Operation(operationId = "getAgent", summary = "One agent, with its metrics unless include_metrics=false")
    public AgentInfo get(@PathParam("agent_id") String agentId,
            @Parameter(schema = @Schema(type = "boolean", defaultValue = "true"))
            @QueryParam("include_metrics") String includeMetrics, @Auth Caller caller) {
        boolean metrics = AgentViews.flag(includeMetrics, "include_metrics", true);
        return AgentViews.agent(queries.get(caller, agentId), metrics);
    }

    @POST
    @Path("/{agent_id}/heartbeat")
    @AgentAccess
    @Operation(operationId = "agentHeartbeat", summary = "The agent is alive: sets last_seen, revives a dead agent")
    public Heartbeat heartbeat(@PathParam("agent_id") String agentId, @Auth Caller caller) {
        AgentRecord seen = agents.heartbeat(caller, agentId);
        return new Heartbeat(seen.agentId(), "success", Times.iso(seen.lastSeen()));
    }

    @POST
    @Path("/{agent_id}/metrics")
    @AgentAccess
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportAgentMetrics",
            summary = "Report an agent's metrics (a partial update; sets last_active)")
    public MetricsUpdated updateMetrics(@PathParam("agent_id") String agentId,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgentMetricsReport.class)))
            JsonNode body,
            @Auth Caller caller) {
        AgentRecord updated = agents.updateMetrics(caller, agentId, body);
        return new MetricsUpdated("success", "Metrics updated for agent " + updated.agentId(), updated.agentId(),
                AgentViews.metrics(updated.agentId(), updated.metrics()));
    }

    @GET
    @Path("/{agent_id}/metrics")
    @AgentAccess
    @Operation(operationId = "getAgentMetrics", summary = "An agent's metrics")
    public AgentMetricsView metrics(@PathParam("agent_id") String agentId, @Auth Caller caller) {
        AgentView view = queries.get(caller, agentId);
        return AgentViews.metrics(view.record().agentId(), view.record().metrics());
    }

    @DELETE
    @Path("/{agent_id}")
    @AgentAccess
    @Operation(operationId = "unregisterAgent",
            summary = "Unregister an agent (its own token, or an admin); revokes its token")
    public AgentUnregistered unregister(@PathParam("agent_id") String agentId, @Auth Caller caller) {
        AgentRecord removed = agents.unregister(caller, agentId);
        return new AgentUnregistered("success", "Agent " + removed.agentId() + " unregistered", removed.agentId());
    }
}
