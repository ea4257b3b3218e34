package tech.arcp.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The security context of a request authenticated by a bearer token, in one role. */
record BearerSecurityContext(Principal principal, String role, boolean secure) implements SecurityContext {

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
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
