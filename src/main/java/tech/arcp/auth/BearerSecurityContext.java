package tech.arcp.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The security context of a request authenticated by a bearer token, in one role. Whether the
 * connection is secure is asked of the container's context only when someone asks (nothing on
 * the hot path does, and the servlet wrappers make it cost a few hundred nanoseconds).
 */
record BearerSecurityContext(Principal principal, String role, SecurityContext container) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String name) {
        return role.equals(name);
    }

    @Override
    public boolean isSecure() {
        return container.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
