package tech.arcp.resources;

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
    public List<AgentInfo> discover(@QueryParam("agent_type") String type,
                                    @QueryParam("capabilities") List<String> capabilities,
                                    @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        AgentFilter filter = AgentViews.filter(type, null, capabilities,
                AgentViews.integer(limit, "limit", AgentFilter.DEFAULT_LIMIT, 1, AgentFilter.MAX_LIMIT),
                AgentViews.integer(offset, "offset", 0, 0, Integer.MAX_VALUE));
        return queries.discover(filter).stream().map(v -> AgentViews.agent(v, false)).toList();
    }

    @GET
    @Path("/agent/{agent_id}")
    public AgentInfo agent(@PathParam("agent_id") String agentId) {
        return AgentViews.agent(queries.publicAgent(agentId), false);
    }

    @GET
    @Path("/stats")
    public PublicStats stats() {
        return queries.publicStats();
    }

    @GET
    @Path("/agent_types")
    public AgentTypes agentTypes() {
        return new AgentTypes(allowedTypes);
    }
}
