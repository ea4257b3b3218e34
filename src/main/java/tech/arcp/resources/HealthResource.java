package tech.arcp.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tech.arcp.api.HealthReport;
import tech.arcp.auth.Public;
import tech.arcp.health.HealthSummary;

/**
 * {@code GET /health}: public, 200 with the status in the body; 503 once the service drains
 * (a graceful shutdown has started), so that a load balancer stops sending.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final HealthSummary health;

    public HealthResource(HealthSummary health) {
        this.health = health;
    }

    @GET
    @Public
    public Response health() {
        HealthReport body = health.run();
        boolean draining = HealthSummary.DRAINING.equals(body.status());
        return Response.status(draining ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK).entity(body).build();
    }
}
