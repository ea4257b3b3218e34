package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "service", description = "Banner, health and metrics")
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final HealthSummary health;

    public HealthResource(HealthSummary health) {
        this.health = health;
    }

    @GET
    @Public
    @Operation(operationId = "health", summary = "Service health", responses = {
        @ApiResponse(responseCode = "200", description = "Serving (healthy, degraded or unhealthy)",
                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = HealthReport.class))),
        @ApiResponse(responseCode = "503", description = "Draining: a graceful shutdown has started",
                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = HealthReport.class)))})
    public Response health() {
        HealthReport body = health.run();
        boolean draining = HealthSummary.DRAINING.equals(body.status());
        return Response.status(draining ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK).entity(body).build();
    }
}
