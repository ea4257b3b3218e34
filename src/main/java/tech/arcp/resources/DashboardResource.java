package tech.arcp.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.SessionService;

/** {@code /dashboard/config}: the session settings in force. */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardResource {
    private final SessionService sessions;

    public DashboardResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    @Path("/config")
    public Map<String, Object> config() {
        SessionPolicy policy = sessions.policy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idle_timeout", policy.idleTimeout().toSeconds());
        body.put("absolute_timeout", policy.absoluteTimeout().toSeconds());
        body.put("max_per_user", policy.maxPerUser());
        body.put("ui", Map.of());
        return body;
    }
}
