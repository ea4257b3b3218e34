package tech.arcp.auth;

import jakarta.inject.Singleton;
import java.util.function.Function;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;
import tech.arcp.registry.tokens.Caller;

/**
 * Supplies {@link Auth} parameters from the security context that the auth filters installed.
 *
 * <p>A {@code @Context SecurityContext} parameter is resolved through Jersey's injection manager
 * on every request (a service handle, a cache key, a proxy check): about 5 % of an authenticated
 * {@code GET /auth/session_status} in the issue-6 profile. The functions here read the request's
 * security context directly, as Dropwizard's own {@code @Auth} does.
 */
@Singleton
public final class AuthParams implements ValueParamProvider {

    @Override
    public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
        if (!parameter.isAnnotationPresent(Auth.class)) {
            return null;
        }
        Class<?> type = parameter.getRawType();
        if (type == AdminPrincipal.class) {
            return request -> AdminPrincipal.of(request.getSecurityContext());
        }
        if (type == Caller.class) {
            return request -> AgentPrincipal.callerOf(request.getSecurityContext());
        }
        return null; // Jersey refuses the resource at start-up: no injection source
    }

    @Override
    public PriorityType getPriority() {
        return Priority.HIGH;
    }

    /** Registers the provider with Jersey: {@code environment.jersey().register(new AuthParams.Binder())}. */
    public static final class Binder extends AbstractBinder {
        @Override
        protected void configure() {
            bind(new AuthParams()).to(ValueParamProvider.class);
        }
    }
}
