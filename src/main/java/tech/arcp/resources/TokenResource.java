package tech.arcp.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import tech.arcp.api.TokenResponse;
import tech.arcp.api.TokenValidation;
import tech.arcp.auth.AdminPrincipal;
import tech.arcp.auth.Auth;
import tech.arcp.auth.ClientFingerprints;
import tech.arcp.auth.DenialProblems;
import tech.arcp.auth.Public;
import tech.arcp.auth.SessionAuthFilter;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemException;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.Access;
import tech.arcp.session.Authentication;
import tech.arcp.session.SessionService;

/** {@code /tokens}: validation (quiet, never slides) and rotation. */
@Tag(name = "tokens", description = "Token validation and refresh")
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
public final class TokenResource {
    private final SessionService sessions;

    public TokenResource(SessionService sessions) {
        this.sessions = sessions;
    }

    /** The bearer token of this request, with its fingerprint: 200, or the 401 problem of SPEC §2. */
    @GET
    @Path("/validate")
    @Public
    @ApiResponse(responseCode = "401", description = "Not valid with this fingerprint (valid: false, error)")
    @Operation(operationId = "validateToken", summary = "Validate this request's bearer token with its fingerprint")
    public TokenValidation validateHeader(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                              @HeaderParam(ClientFingerprints.HEADER) String fingerprint) {
        Authentication result = sessions.authenticate(SessionAuthFilter.bearerToken(authorization), fingerprint, Access.QUIET);
        if (result instanceof Authentication.Denied denied) {
            Problem problem = problem(denied);
            throw problem.with("valid", false).with("error", problem.detail()).exception();
        }
        return valid((Authentication.Granted) result, true);
    }

    /** Any token given as {@code ?token=}: always 200, {@code valid} true or false. */
    @POST
    @Path("/validate")
    @Public
    @Operation(operationId = "inspectToken",
            summary = "Inspect any token given as ?token= (always 200: valid true or false)")
    public TokenValidation validateQuery(@QueryParam("token") String token) {
        Authentication result = sessions.inspect(token);
        if (result instanceof Authentication.Denied denied) {
            return TokenValidation.invalid(problem(denied).detail());
        }
        return valid((Authentication.Granted) result, false);
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshToken", summary = "A fresh token for this session; the old one stops working")
    public TokenResponse refresh(@Auth AdminPrincipal admin) {
        SessionService.Opened opened = sessions.refresh(admin.session())
                .orElseThrow(() -> new ProblemException(Problem.of(ProblemType.SESSION_INVALID,
                        "Admin session was ended - please log in again").with("reason", "revoked")));
        return new TokenResponse(opened.token(), "bearer", sessions.policy().idleTimeout().toSeconds());
    }

    private TokenValidation valid(Authentication.Granted granted, boolean withAgentId) {
        return new TokenValidation(true, withAgentId ? SessionViews.agentId(granted.session().user()) : null,
                SessionViews.payload(granted.session(), sessions.policy()), null);
    }

    private Problem problem(Authentication.Denied denied) {
        return DenialProblems.problem(denied, sessions.policy());
    }

}
