package tech.arcp.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.Access;
import tech.arcp.session.Authentication;
import tech.arcp.session.SessionService;

/**
 * Guards one protected resource method: checks the bearer token and client fingerprint with
 * {@link SessionService#authenticate} and either installs an {@link AdminPrincipal} or aborts
 * with the problem of SPEC §2. Tokens are read from the {@code Authorization} header only.
 */
@Priority(Priorities.AUTHENTICATION)
public final class SessionAuthFilter implements ContainerRequestFilter {

    private final SessionService sessions;
    private final AuthRefusal refusal;
    private final Access access;
    private final Predicate<String> agentTokens;

    /**
     * @param agentTokens recognises tokens of the agent registry: a refused request that carries
     *                    one gets 403 {@code insufficient-permissions} instead of a session answer
     */
    SessionAuthFilter(SessionService sessions, AuthRefusal refusal, Access access, Predicate<String> agentTokens) {
        this.sessions = sessions;
        this.refusal = refusal;
        this.access = access;
        this.agentTokens = agentTokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String token = bearerToken(header(request, HttpHeaders.AUTHORIZATION));
        String fingerprint = header(request, ClientFingerprints.HEADER);
        if (token != null && fingerprint != null && !ClientFingerprints.isValid(fingerprint)) {
            refusal.abort(request, ClientFingerprints.invalid());
            return;
        }
        Authentication result = sessions.authenticate(token, fingerprint, access);
        if (result instanceof Authentication.Denied denied) {
            if (token != null && agentTokens.test(token)) {
                refusal.abort(request, Problem.of(ProblemType.INSUFFICIENT_PERMISSIONS,
                        "Agent tokens cannot be used on admin endpoints"));
                return;
            }
            refusal.abort(request, DenialProblems.problem(denied, sessions.policy()));
            return;
        }
        AdminPrincipal principal = new AdminPrincipal(((Authentication.Granted) result).session());
        request.setSecurityContext(new BearerSecurityContext(principal, "admin", request.getSecurityContext()));
    }

    /**
     * A request header as {@link ContainerRequestContext#getHeaderString} gives it (several values
     * joined by commas, so that a repeated header never authenticates), without its string builder
     * for the common single value.
     */
    static String header(ContainerRequestContext request, String name) {
        List<String> values = request.getHeaders().get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : String.join(",", values);
    }

    /** The token of an {@code Authorization: Bearer <token>} header; {@code null} for anything else. */
    public static String bearerToken(String header) {
        if (header == null || header.length() < 8
                || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
