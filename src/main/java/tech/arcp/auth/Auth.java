package tech.arcp.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the authenticated caller of a protected resource method: an {@link AdminPrincipal}
 * (methods behind {@link SessionAuthFilter}) or a registry {@link tech.arcp.registry.tokens.Caller}
 * (admin or agent, methods marked {@link AgentAccess}). Read straight from the request by
 * {@link AuthParams}, without a per-request lookup in Jersey's injection manager.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Auth {
}
