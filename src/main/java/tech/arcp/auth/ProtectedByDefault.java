package tech.arcp.auth;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.session.SessionService;

/**
 * Applies {@link SessionAuthFilter} to every resource method not marked {@link Public}, sliding
 * the idle timer unless the method is {@link Quiet}.
 */
public final class ProtectedByDefault implements DynamicFeature {
    private final SessionAuthFilter sliding;
    private final SessionAuthFilter quiet;

    public ProtectedByDefault(SessionService sessions, ProblemRenderer renderer, AuthFailureListener failures) {
        this.sliding = new SessionAuthFilter(sessions, renderer, failures, true);
        this.quiet = new SessionAuthFilter(sessions, renderer, failures, false);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(Public.class) || resource.getResourceClass().isAnnotationPresent(Public.class)) {
            return;
        }
        context.register(method.isAnnotationPresent(Quiet.class) ? quiet : sliding);
    }
}
