package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import tech.arcp.auth.Public;
import tech.arcp.auth.SessionAuthFilter;
import tech.arcp.observability.PrometheusExport;
import tech.arcp.observability.ScrapeToken;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;

/**
 * Prometheus text of the metric registry: {@code GET /metrics} for an admin session,
 * {@code GET /metrics/scrape} for a scraper holding {@code Authorization: Bearer <scrape token>}.
 */
@Tag(name = "service")
@Path("/metrics")
public final class MetricsResource {
    private final PrometheusExport export;
    private final ScrapeToken scrapeToken;

    public MetricsResource(PrometheusExport export, ScrapeToken scrapeToken) {
        this.export = export;
        this.scrapeToken = scrapeToken;
    }

    @GET
    @Operation(operationId = "prometheusMetrics",
            summary = "Prometheus text exposition (admin session)", responses = @ApiResponse(responseCode = "200",
            description = "Prometheus text format", content = @Content(mediaType = PrometheusExport.CONTENT_TYPE,
                    schema = @Schema(type = "string"))))
    public Response metrics() {
        return text();
    }

    @GET
    @Path("/scrape")
    @Public
    @Operation(operationId = "prometheusScrape", summary = "Prometheus text exposition (scrape token)", responses = {
        @ApiResponse(responseCode = "200", description = "Prometheus text format", content = @Content(
                mediaType = PrometheusExport.CONTENT_TYPE, schema = @Schema(type = "string"))),
        @ApiResponse(responseCode = "403", description = "Scraping disabled, or the token is wrong")})
    public Response scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!scrapeToken.isConfigured()) {
            throw Problem.of(ProblemType.INSUFFICIENT_PERMISSIONS, "Metrics scraping is not enabled").exception();
        }
        if (!scrapeToken.matches(SessionAuthFilter.bearerToken(authorization))) {
            throw Problem.of(ProblemType.INSUFFICIENT_PERMISSIONS, "A valid metrics scrape token is required")
                    .exception();
        }
        return text();
    }

    private Response text() {
        StreamingOutput body = export::write;
        return Response.ok(body).header(HttpHeaders.CONTENT_TYPE, PrometheusExport.CONTENT_TYPE).build();
    }
}
