package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import tech.arcp.auth.Public;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;

/**
 * {@code GET /dashboard}: the admin console page, and its assets under
 * {@code /dashboard/assets/<version>/<file>}. Public: the page holds no data, and every call it
 * makes authenticates like any client. The page is never cached; the assets of the version in
 * force are cached for good (their URL changes with each build), those of any other version not.
 * {@link tech.arcp.http.ConsoleHeadersFilter} adds the content security policy.
 */
@Tag(name = "console", description = "The admin console at /dashboard")
@Path("/dashboard")
@Public
public final class ConsoleResource {
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private final ConsoleAssets assets;

    public ConsoleResource(ConsoleAssets assets) {
        this.assets = assets;
    }

    @GET
    @Operation(operationId = "console",
            summary = "The admin console",
            responses = @ApiResponse(responseCode = "200", description = "The console page",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string"))))
    public Response page() {
        return Response.ok(assets.page(), "text/html; charset=utf-8").build();
    }

    @GET
    @Path("/assets/{version}/{name}")
    @Operation(operationId = "consoleAsset",
            summary = "A console asset (script, style sheet)", responses = @ApiResponse(responseCode = "200",
            description = "The asset (cached for good when the version is this build's)",
            content = {@Content(mediaType = "text/javascript", schema = @Schema(type = "string")),
                @Content(mediaType = "text/css", schema = @Schema(type = "string"))}))
    public Response asset(@PathParam("version") String version, @PathParam("name") String name) {
        ConsoleAssets.Asset asset = assets.asset(name).orElseThrow(() ->
                Problem.of(ProblemType.NOT_FOUND, "No such console asset").exception());
        Response.ResponseBuilder ok = Response.ok(asset.bytes(), asset.contentType());
        if (version.equals(assets.version())) {
            ok.header("Cache-Control", IMMUTABLE);
        }
        return ok.build();
    }
}
