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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import tech.arcp.auth.Public;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;

/**
 * {@code GET /docs} (Swagger UI) and {@code GET /redoc} (ReDoc), for anyone, from the webjars in the
 * jar and two initializer scripts of ours; {@link tech.arcp.http.ApiDocsHeadersFilter} sets their CSP.
 */
@Tag(name = "docs")
@Path("/")
@Public
public final class ApiDocsResource {
    private static final String OWN = "/apidocs/";
    private final Map<String, String> assets;

    /** {@code versions} names the version of each webjar in the jar ({@code swagger-ui}, {@code redoc}). */
    public ApiDocsResource(Function<String, String> versions) {
        String swaggerUi = "/META-INF/resources/webjars/swagger-ui/" + versions.apply("swagger-ui");
        this.assets = Map.of(
                "swagger-ui.css", swaggerUi + "/swagger-ui.css",
                "swagger-ui-bundle.js", swaggerUi + "/swagger-ui-bundle.js",
                "redoc.standalone.js", "/META-INF/resources/webjars/redoc/" + versions.apply("redoc")
                        + "/redoc.standalone.js",
                "docs-init.js", OWN + "docs-init.js", "redoc-init.js", OWN + "redoc-init.js");
    }

    @GET
    @Path("docs")
    @Operation(operationId = "swaggerUi",
            summary = "Swagger UI on this document",
            responses = @ApiResponse(responseCode = "200", description = "The Swagger UI page",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string"))))
    public Response swaggerUi() {
        return Response.ok(read(OWN + "docs.html"), "text/html; charset=utf-8").build();
    }

    @GET
    @Path("redoc")
    @Operation(operationId = "redoc",
            summary = "ReDoc on this document",
            responses = @ApiResponse(responseCode = "200", description = "The ReDoc page",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string"))))
    public Response redoc() {
        return Response.ok(read(OWN + "redoc.html"), "text/html; charset=utf-8").build();
    }

    @GET
    @Path("docs/assets/{name}")
    @Operation(operationId = "docsAsset",
            summary = "A script or style sheet of the two pages", responses = @ApiResponse(responseCode = "200",
            description = "The asset",
            content = {@Content(mediaType = "text/javascript", schema = @Schema(type = "string")),
                @Content(mediaType = "text/css", schema = @Schema(type = "string"))}))
    public Response asset(@PathParam("name") String name) {
        String path = assets.get(name);
        if (path == null) {
            throw Problem.of(ProblemType.NOT_FOUND, "No such docs asset").exception();
        }
        String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        return Response.ok(read(path), type).header("Cache-Control", ConsoleResource.IMMUTABLE).build();
    }

    private static byte[] read(String path) {
        try (InputStream in = ApiDocsResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
