package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import tech.arcp.api.Banner;
import tech.arcp.auth.Public;

/** {@code GET /}: the service banner. */
@Tag(name = "service")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class RootResource {
    private final Banner banner;

    public RootResource(String version) {
        this.banner = new Banner("ARCP", version, "healthy");
    }

    @GET
    @Public
    @Operation(operationId = "banner", summary = "Service name, version and status")
    public Banner banner() {
        return banner;
    }
}
