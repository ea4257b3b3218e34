package tech.arcp.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.arcp.api.ConfigUpdate;
import tech.arcp.auth.AdminPrincipal;
import tech.arcp.auth.Auth;
import tech.arcp.auth.PinGuard;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionPolicy;

/**
 * {@code /dashboard/config}: the session settings in force, the PIN and throttle rules, and the
 * stored UI settings; {@code POST} (admin+PIN) changes them at run time.
 */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardResource {
    private final RuntimeSettings settings;
    private final Map<String, Object> rules;
    private final PinGuard pinGuard;
    private final ConfigChanges changes;

    /** @param rules fixed members shown with the settings (PIN rules, throttles) */
    public DashboardResource(RuntimeSettings settings, Map<String, Object> rules, PinGuard pinGuard,
                             ObjectMapper mapper, long maxUiSize) {
        this.settings = settings;
        this.rules = new LinkedHashMap<>(rules);
        this.pinGuard = pinGuard;
        this.changes = new ConfigChanges(mapper, maxUiSize);
    }

    @GET
    @Path("/config")
    public Map<String, Object> config() {
        RuntimeSettings.Snapshot snapshot = settings.snapshot();
        SessionPolicy policy = snapshot.policy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idle_timeout", policy.idleTimeout().toSeconds());
        body.put("absolute_timeout", policy.absoluteTimeout().toSeconds());
        body.put("max_per_user", policy.maxPerUser());
        body.putAll(rules);
        body.put("ui", snapshot.ui());
        return body;
    }

    @POST
    @Path("/config")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> change(@NotNull @Valid ConfigUpdate update, @Auth AdminPrincipal admin,
                                      @Context HttpServletRequest request) {
        pinGuard.require(admin, request);
        synchronized (settings) {
            settings.apply(changes.next(settings.snapshot(), update));
        }
        return config();
    }
}
