package tech.arcp.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import tech.arcp.registry.tokens.Caller;

/** An agent (temp or access token) as the principal of a request that passed {@link AgentAuthFilter}. */
public record AgentPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.id();
    }

    /** The registry caller of a request: an admin session or an agent token. */
    public static Caller callerOf(SecurityContext context) {
        if (context.getUserPrincipal() instanceof AgentPrincipal agent) {
            return agent.caller();
        }
        return Caller.admin(AdminPrincipal.of(context).getName());
    }
}
