package tech.arcp.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import tech.arcp.api.TempToken;
import tech.arcp.auth.AgentAccess;
import tech.arcp.auth.Public;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.registry.tokens.AgentLogin;

/** {@code /auth/agent}: the agent's first step (temp token) and the disabled three-phase step. */
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
    public TempToken requestTempToken(JsonNode body, @Context HttpServletRequest request) {
        return new TempToken(login.requestTempToken(body, clientIps.resolve(request)), "bearer", tempTokenSeconds,
                "Temporary token issued. Use this token to complete agent registration.");
    }

    /** Three-phase registration is left out: the client then registers in basic mode. */
    @POST
    @Path("/validate_compliance")
    @AgentAccess
    public Map<String, Object> validateCompliance() {
        throw Problem.of(ProblemType.TPR_DISABLED, "Three-phase registration is not enabled").exception();
    }
}
