package tech.arcp.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> register(JsonNode body, @Auth Caller caller) {
        AgentService.Registered registered = agents.register(caller, body);
        String id = registered.record().agentId();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("message", "Agent " + id + " registered successfully");
        answer.put("agent_id", id);
        answer.put("access_token", registered.accessToken());
        return answer;
    }

    @GET
    @AgentAccess
    public List<Map<String, Object>> list(@QueryParam("agent_type") String type, @QueryParam("status") String status,
                                          @QueryParam("capabilities") List<String> capabilities,
                                          @QueryParam("include_metrics") String includeMetrics,
                                          @Auth Caller caller) {
        boolean metrics = AgentViews.flag(includeMetrics, "include_metrics", false);
        AgentFilter filter = AgentViews.filter(type, status, capabilities, Integer.MAX_VALUE, 0);
        return queries.list(caller, filter).stream()
                .map(v -> AgentViews.agent(v, metrics)).toList();
    }

    @GET
    @Path("/{agent_id}")
    @AgentAccess
    public Map<String, Object> get(@PathParam("agent_id") String agentId,
                                   @QueryParam("include_metrics") String includeMetrics,
                                   @Auth Caller caller) {
        boolean metrics = AgentViews.flag(includeMetrics, "include_metrics", true);
        return AgentViews.agent(queries.get(caller, agentId), metrics);
    }

    @POST
    @Path("/{agent_id}/heartbeat")
    @AgentAccess
    public Map<String, Object> heartbeat(@PathParam("agent_id") String agentId, @Auth Caller caller) {
        AgentRecord seen = agents.heartbeat(caller, agentId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("agent_id", seen.agentId());
        answer.put("status", "success");
        answer.put("last_seen", Times.iso(seen.lastSeen()));
        return answer;
    }

    @POST
    @Path("/{agent_id}/metrics")
    @AgentAccess
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> updateMetrics(@PathParam("agent_id") String agentId, JsonNode body,
                                             @Auth Caller caller) {
        AgentRecord updated = agents.updateMetrics(caller, agentId, body);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("message", "Metrics updated for agent " + updated.agentId());
        answer.put("agent_id", updated.agentId());
        answer.put("metrics", AgentViews.metrics(updated.agentId(), updated.metrics()));
        return answer;
    }

    @GET
    @Path("/{agent_id}/metrics")
    @AgentAccess
    public Map<String, Object> metrics(@PathParam("agent_id") String agentId, @Auth Caller caller) {
        AgentView view = queries.get(caller, agentId);
        return AgentViews.metrics(view.record().agentId(), view.record().metrics());
    }

    @DELETE
    @Path("/{agent_id}")
    @AgentAccess
    public Map<String, Object> unregister(@PathParam("agent_id") String agentId, @Auth Caller caller) {
        AgentRecord removed = agents.unregister(caller, agentId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("message", "Agent " + removed.agentId() + " unregistered");
        answer.put("agent_id", removed.agentId());
        return answer;
    }
}
