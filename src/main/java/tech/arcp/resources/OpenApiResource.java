package tech.arcp.resources;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import tech.arcp.auth.Public;

/** {@code GET /openapi.json} and {@code /openapi.yaml}: the OpenAPI 3.1 document of this API, for anyone. */
@Tag(name = "docs", description = "This document, Swagger UI and ReDoc")
@Path("/")
@Public
public final class OpenApiResource {
    private final OpenApiDocument document;

    public OpenApiResource(OpenApiDocument document) {
        this.document = document;
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openApiJson",
            summary = "This document, as JSON (OpenAPI 3.1)", responses = @ApiResponse(responseCode = "200",
            description = "The document", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = "object"))))
    public String json() {
        return write(true);
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    @Operation(operationId = "openApiYaml",
            summary = "This document, as YAML (OpenAPI 3.1)", responses = @ApiResponse(responseCode = "200",
            description = "The document", content = @Content(mediaType = "application/yaml",
                    schema = @Schema(type = "string"))))
    public String yaml() {
        return write(false);
    }

    private String write(boolean json) {
        try {
            return json ? Json31.pretty(document.get()) : Yaml31.pretty().writeValueAsString(document.get());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
