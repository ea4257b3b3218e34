package tech.arcp.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.registry.tokens.Caller;

/**
 * Guards an {@link AgentAccess} method: a live temp or agent access token installs an
 * {@link AgentPrincipal}; a token of the agent family that is expired or revoked gets 401
 * {@code token-invalid}; anything else goes through the unchanged admin {@link SessionAuthFilter}
 * (so an admin session, with its fingerprint, is accepted and every admin answer is the same).
 * What each caller may do is decided by the registry, not here.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AgentAuthFilter implements ContainerRequestFilter {
    private final AgentTokens tokens;
    private final SessionAuthFilter admin;
    private final AuthRefusal refusal;

    AgentAuthFilter(AgentTokens tokens, SessionAuthFilter admin, AuthRefusal refusal) {
        this.tokens = tokens;
        this.admin = admin;
        this.refusal = refusal;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String token = SessionAuthFilter.bearerToken(SessionAuthFilter.header(request, HttpHeaders.AUTHORIZATION));
        Optional<Caller> caller = token == null ? Optional.empty() : tokens.authenticate(token);
        if (caller.isPresent()) {
            AgentPrincipal principal = new AgentPrincipal(caller.get());
            request.setSecurityContext(new BearerSecurityContext(principal, "agent", request.getSecurityContext()));
            return;
        }
        if (token != null && tokens.isAgentToken(token)) {
            refusal.abort(request, Problem.of(ProblemType.TOKEN_INVALID,
                    "The agent token has expired or was revoked - request a new temporary token")
                    .with("reason", "agent_token_ended"));
            return;
        }
        admin.filter(request);
    }
}
