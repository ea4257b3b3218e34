package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tech.arcp.api.LoginRequest;
import tech.arcp.api.LoginResponse;
import tech.arcp.api.SessionList;
import tech.arcp.api.SessionStatus;
import tech.arcp.api.SessionsEnded;
import tech.arcp.api.StatusMessage;
import tech.arcp.api.Times;
import tech.arcp.audit.AuditLog;
import tech.arcp.auth.AdminPrincipal;
import tech.arcp.auth.Auth;
import tech.arcp.auth.ClientFingerprints;
import tech.arcp.auth.PinGuard;
import tech.arcp.auth.Public;
import tech.arcp.auth.Quiet;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.login.LoginService;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.EndReason;
import tech.arcp.session.Session;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.SessionService;

/** {@code /auth}: login, logout and the admin's view of their sessions. */
@Tag(name = "sessions", description = "Admin login, the session's state, its other sessions, logout (SPEC §2)")
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private static final int MAX_USER_AGENT = 256;

    private final LoginService logins;
    private final SessionService sessions;
    private final ClientIpResolver clientIps;
    private final PinGuard pinGuard;
    private final AuditLog audit;

    public AuthResource(LoginService logins, SessionService sessions, ClientIpResolver clientIps, PinGuard pinGuard,
                        AuditLog audit) {
        this.logins = logins;
        this.sessions = sessions;
        this.clientIps = clientIps;
        this.pinGuard = pinGuard;
        this.audit = audit;
    }

    @POST
    @Path("/login")
    @Operation(operationId = "login", summary = "Log in; the session is bound to X-Client-Fingerprint", responses = {
        @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = LoginResponse.class))),
        @ApiResponse(responseCode = "401", description = "Wrong user name or password"),
        @ApiResponse(responseCode = "429", description = "Too many failures: locked out for retry_after seconds")})
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public LoginResponse login(@NotNull @Valid LoginRequest body,
                               @HeaderParam(ClientFingerprints.HEADER) String fingerprint,
                               @HeaderParam("User-Agent") String userAgent,
                               @Context HttpServletRequest request) {
        if (fingerprint == null || fingerprint.isEmpty()) {
            throw ClientFingerprints.missing().exception();
        }
        if (!ClientFingerprints.isValid(fingerprint)) {
            throw ClientFingerprints.invalid().exception();
        }
        SessionService.Opened opened = logins.login(body.username(), body.password(), fingerprint,
                clientIps.resolve(request), truncate(userAgent));
        SessionPolicy policy = sessions.policy();
        Session s = opened.session();
        long idle = policy.idleTimeout().toSeconds();
        return new LoginResponse(opened.token(), "bearer", idle, SessionViews.agentId(s.user()), s.id(), idle,
                Times.iso(SessionViews.absoluteExpiresAt(s, policy)));
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "logout", summary = "End this session")
    public StatusMessage logout(@Auth AdminPrincipal admin) {
        sessions.end(admin.session(), EndReason.REVOKED);
        return StatusMessage.success("Logged out and session PIN cleared");
    }

    @POST
    @Path("/logout_all")
    @Operation(operationId = "logoutAll", summary = "End every session of the caller's user")
    public SessionsEnded logoutAll(@Auth AdminPrincipal admin) {
        return new SessionsEnded("success", sessions.endAll(admin.getName(), EndReason.REVOKED));
    }

    @GET
    @Path("/session_status")
    @Quiet
    @Operation(operationId = "sessionStatus",
            summary = "This session's state and deadlines (quiet: the idle timer does not restart)")
    public tech.arcp.api.SessionStatus status(@Auth AdminPrincipal admin) {
        return SessionViews.status(admin.session(), sessions.policy());
    }

    @GET
    @Path("/sessions")
    @Quiet
    @Operation(operationId = "listSessions",
            summary = "The caller's sessions, the current one marked (quiet: the idle timer does not restart)")
    public SessionList list(@Auth AdminPrincipal admin) {
        Session current = admin.session();
        SessionPolicy policy = sessions.policy();
        return new SessionList(sessions.sessionsOf(current.user()).stream()
                .map(s -> SessionViews.summary(s, policy, current.id()))
                .toList());
    }

    @DELETE
    @Path("/sessions/{session_id}")
    @Operation(operationId = "endSession",
            summary = "End one of the caller's sessions (another than the caller's own needs the PIN)",
            parameters = @Parameter(in = ParameterIn.HEADER, name = PinGuard.HEADER,
                    description = "The session PIN (POST /auth/set_pin first)"),
            responses = {@ApiResponse(responseCode = "204", description = "The session ended"),
                @ApiResponse(responseCode = "400", description = "pin-required or pin-not-set (another session)")})
    public Response revoke(@PathParam("session_id") String sessionId, @Auth AdminPrincipal admin,
                           @Context HttpServletRequest request) {
        Session actor = admin.session();
        if (!actor.id().equals(sessionId)) {
            pinGuard.require(admin, request); // ending another session is a critical operation
        }
        return sessions.endById(actor.user(), sessionId, EndReason.REVOKED)
                .map(ended -> {
                    audit.revoked(actor, ended);
                    return Response.noContent().build();
                })
                .orElseThrow(() -> Problem.of(ProblemType.NOT_FOUND, "No live session with this id")
                        .exception());
    }

    private static String truncate(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        return userAgent.length() <= MAX_USER_AGENT ? userAgent : userAgent.substring(0, MAX_USER_AGENT);
    }
}
