package tech.arcp.auth;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.session.SessionService;

/**
 * Applies {@link SessionAuthFilter} to every resource method not marked {@link Public}, sliding
 * the idle timer unless the method is {@link Quiet}. Methods marked {@link AgentAccess} get the
 * {@link AgentAuthFilter} when the agent registry is wired in, and the admin filter otherwise.
 */
public final class ProtectedByDefault implements DynamicFeature {
    private final SessionAuthFilter sliding;
    private final SessionAuthFilter quiet;
    private final AgentAuthFilter agents;

    public ProtectedByDefault(SessionService sessions, ProblemRenderer renderer, AuthFailureListener failures) {
        this.sliding = new SessionAuthFilter(sessions, renderer, failures, true);
        this.quiet = new SessionAuthFilter(sessions, renderer, failures, false);
        this.agents = null;
    }

    /** With the agent registry: its tokens are refused (403) on admin methods, accepted on {@link AgentAccess} ones. */
    public ProtectedByDefault(SessionService sessions, ProblemRenderer renderer, AuthFailureListener failures,
                              AgentTokens agentTokens) {
        this.sliding = new SessionAuthFilter(sessions, renderer, failures, true, agentTokens::isAgentToken);
        this.quiet = new SessionAuthFilter(sessions, renderer, failures, false, agentTokens::isAgentToken);
        this.agents = new AgentAuthFilter(agentTokens, sliding, renderer, failures);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(Public.class) || resource.getResourceClass().isAnnotationPresent(Public.class)) {
            return;
        }
        if (agents != null && method.isAnnotationPresent(AgentAccess.class)) {
            context.register(agents);
            return;
        }
        context.register(method.isAnnotationPresent(Quiet.class) ? quiet : sliding);
    }
}
