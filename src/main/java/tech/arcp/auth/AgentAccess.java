package tech.arcp.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method of the agent registry that accepts an admin session <em>or</em> an
 * agent's temp or access token ({@link AgentAuthFilter}). Without the registry wired in,
 * {@link ProtectedByDefault} guards such a method like any other: admin only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AgentAccess {
}
