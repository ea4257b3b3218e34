package tech.arcp.resources;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import tech.arcp.auth.Public;

/** {@code GET /openapi.json} and {@code /openapi.yaml}: the OpenAPI 3.1 document of this API, for anyone. */
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
    @Operation(summary = "This document, as JSON (OpenAPI 3.1)")
    public String json() {
        return write(true);
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    @Operation(summary = "This document, as YAML (OpenAPI 3.1)")
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
