package tech.arcp.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tech.arcp.api.TempToken;
import tech.arcp.api.TempTokenRequest;
import tech.arcp.auth.AgentAccess;
import tech.arcp.auth.Public;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.registry.tokens.AgentLogin;

/** {@code /auth/agent}: the agent's first step (temp token) and the disabled three-phase step. */
@Tag(name = "agents", description = "Agent registration and the agent's own calls (REGISTRY.md)")
@Path("/auth/agent")
@Produces(MediaType.APPLICATION_JSON)
public final class AgentAuthResource {
    private final AgentLogin login;
    private final long tempTokenSeconds;
    private final ClientIpResolver clientIps;

    public AgentAuthResource(AgentLogin login, long tempTokenSeconds, ClientIpResolver clientIps) {
        this.login = login;
        this.tempTokenSeconds = tempTokenSeconds;
        this.clientIps = clientIps;
    }

    @POST
    @Path("/request_temp_token")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "401", description = "The agent key is not one of agents.keys")
    @ApiResponse(responseCode = "429", description = "Too many wrong keys from this client: retry after retry_after s")
    @Operation(operationId = "requestTempToken", summary = "Step 1 of registration: a temporary token for an agent key")
    public TempToken requestTempToken(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TempTokenRequest.class)))
            JsonNode body,
            @Context HttpServletRequest request) {
        return new TempToken(login.requestTempToken(body, clientIps.resolve(request)), "bearer", tempTokenSeconds,
                "Temporary token issued. Use this token to complete agent registration.");
    }

    /** Three-phase registration is left out: the client then registers in basic mode. */
    @POST
    @Path("/validate_compliance")
    @AgentAccess
    @Operation(operationId = "validateCompliance",
            summary = "Three-phase registration's compliance step: not enabled here",
            responses = @ApiResponse(responseCode = "400",
                    description = "tpr-disabled: the client then registers in basic mode"))
    public Response validateCompliance() {
        throw Problem.of(ProblemType.TPR_DISABLED, "Three-phase registration is not enabled").exception();
    }
}
