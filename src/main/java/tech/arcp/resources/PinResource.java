package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import tech.arcp.api.PinRequest;
import tech.arcp.api.PinStatus;
import tech.arcp.api.StatusMessage;
import tech.arcp.auth.AdminPrincipal;
import tech.arcp.auth.Auth;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.login.SessionPins;
import tech.arcp.session.Session;

/** {@code /auth/set_pin}, {@code /auth/verify_pin}, {@code /auth/pin_status}: the session's step-up PIN. */
@Tag(name = "sessions")
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class PinResource {
    private final SessionPins pins;
    private final ClientIpResolver clientIps;

    public PinResource(SessionPins pins, ClientIpResolver clientIps) {
        this.pins = pins;
        this.clientIps = clientIps;
    }

    @POST
    @Path("/set_pin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPin", summary = "Set this session's step-up PIN (weak PINs are refused)")
    public StatusMessage setPin(@NotNull @Valid PinRequest body, @Auth AdminPrincipal admin) {
        pins.set(admin.session(), body.pin());
        return StatusMessage.success("PIN set for session");
    }

    @POST
    @Path("/verify_pin")
    @Operation(operationId = "verifyPin", summary = "Check the session PIN", responses = {
        @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = StatusMessage.class))),
        @ApiResponse(responseCode = "429", description = "Too many wrong PINs: locked out for retry_after seconds")})
    @Consumes(MediaType.APPLICATION_JSON)
    public StatusMessage verifyPin(@NotNull @Valid PinRequest body, @Auth AdminPrincipal admin,
                                   @Context HttpServletRequest request) {
        pins.verify(admin.session(), body.pin(), clientIps.resolve(request));
        return StatusMessage.success("PIN verified");
    }

    @GET
    @Path("/pin_status")
    @Operation(operationId = "pinStatus", summary = "Whether this session has a PIN, and whether it was verified")
    public PinStatus pinStatus(@Auth AdminPrincipal admin) {
        Session session = admin.session();
        return new PinStatus(session.pin().isSet(), session.pin().verified());
    }
}
