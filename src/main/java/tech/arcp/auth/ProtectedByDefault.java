package tech.arcp.auth;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.session.Access;
import tech.arcp.session.SessionService;

/**
 * Applies {@link SessionAuthFilter} to every resource method not marked {@link Public}, sliding
 * the idle timer unless the method is {@link Quiet}. Methods marked {@link AgentAccess} get the
 * {@link AgentAuthFilter}.
 */
public final class ProtectedByDefault implements DynamicFeature {
    private final SessionAuthFilter sliding;
    private final SessionAuthFilter quiet;
    private final AgentAuthFilter agents;

    /** Agent tokens are refused (403) on admin methods and accepted on {@link AgentAccess} ones. */
    public ProtectedByDefault(SessionService sessions, ProblemRenderer renderer, AuthFailureListener failures,
                              AgentTokens agentTokens) {
        AuthRefusal refusal = new AuthRefusal(renderer, failures);
        this.sliding = new SessionAuthFilter(sessions, refusal, Access.SLIDING, agentTokens::isAgentToken);
        this.quiet = new SessionAuthFilter(sessions, refusal, Access.QUIET, agentTokens::isAgentToken);
        this.agents = new AgentAuthFilter(agentTokens, sliding, refusal);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(Public.class) || resource.getResourceClass().isAnnotationPresent(Public.class)) {
            return;
        }
        if (method.isAnnotationPresent(AgentAccess.class)) {
            context.register(agents);
            return;
        }
        context.register(method.isAnnotationPresent(Quiet.class) ? quiet : sliding);
    }
}
