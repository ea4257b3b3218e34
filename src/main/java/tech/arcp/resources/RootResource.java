package tech.arcp.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import tech.arcp.auth.Public;

/** {@code GET /}: the service banner. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class RootResource {
    private final Map<String, String> banner;

    public RootResource(String version) {
        Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("service", "ARCP");
        body.put("version", version);
        body.put("status", "healthy");
        this.banner = java.util.Collections.unmodifiableMap(body);
    }

    @GET
    @Public
    public Map<String, String> banner() {
        return banner;
    }
}
