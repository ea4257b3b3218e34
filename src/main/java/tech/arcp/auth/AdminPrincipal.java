package tech.arcp.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import tech.arcp.session.Session;

/** The authenticated admin of a request, with the session it used. */
public record AdminPrincipal(Session session) implements Principal {

    @Override
    public String getName() {
        return session.user();
    }

    /** The principal of a request that passed {@link SessionAuthFilter}. */
    public static AdminPrincipal of(SecurityContext context) {
        if (context.getUserPrincipal() instanceof AdminPrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("resource method is not protected by the session filter");
    }
}
