package tech.arcp.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import tech.arcp.auth.Public;
import tech.arcp.health.HealthSummary;

/** {@code GET /health}: public, always 200; the status is in the body. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final HealthSummary health;

    public HealthResource(HealthSummary health) {
        this.health = health;
    }

    @GET
    @Public
    public Map<String, Object> health() {
        return health.run();
    }
}
