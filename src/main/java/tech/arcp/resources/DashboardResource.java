package tech.arcp.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import tech.arcp.api.ConfigUpdate;
import tech.arcp.api.DashboardConfig;
import tech.arcp.api.PinRulesView;
import tech.arcp.api.ThrottleView;
import tech.arcp.auth.AdminPrincipal;
import tech.arcp.auth.Auth;
import tech.arcp.auth.PinGuard;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionPolicy;

/**
 * {@code /dashboard/config}: the session settings in force, the PIN and throttle rules, and the
 * stored UI settings; {@code POST} (admin+PIN) changes them at run time.
 */
@Tag(name = "settings", description = "Run-time session settings, changed with the PIN")
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardResource {
    private final RuntimeSettings settings;
    private final Rules rules;
    private final PinGuard pinGuard;
    private final ConfigChanges changes;

    /** The fixed members shown with the settings. */
    public record Rules(PinRulesView pin, ThrottleView loginThrottle, ThrottleView pinThrottle) {
    }

    public DashboardResource(RuntimeSettings settings, Rules rules, PinGuard pinGuard, ObjectMapper mapper,
                             long maxUiSize) {
        this.settings = settings;
        this.rules = rules;
        this.pinGuard = pinGuard;
        this.changes = new ConfigChanges(mapper, maxUiSize);
    }

    @GET
    @Path("/config")
    @Operation(operationId = "getSettings", summary = "The session settings in force, with the PIN and throttle rules")
    public DashboardConfig config() {
        RuntimeSettings.Snapshot snapshot = settings.snapshot();
        SessionPolicy policy = snapshot.policy();
        return new DashboardConfig(policy.idleTimeout().toSeconds(), policy.absoluteTimeout().toSeconds(),
                policy.maxPerUser(), rules.pin(), rules.loginThrottle(), rules.pinThrottle(), snapshot.ui());
    }

    @POST
    @Path("/config")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSettings",
            summary = "Change the session settings (needs the PIN); answers the settings now in force",
            parameters = @Parameter(in = ParameterIn.HEADER, name = PinGuard.HEADER,
                    description = "The session PIN (POST /auth/set_pin first)"))
    public DashboardConfig change(@NotNull @Valid ConfigUpdate update, @Auth AdminPrincipal admin,
                                      @Context HttpServletRequest request) {
        pinGuard.require(admin, request);
        synchronized (settings) {
            settings.apply(changes.next(settings.snapshot(), update));
        }
        return config();
    }
}
