package tech.arcp.auth;

import jakarta.servlet.http.HttpServletRequest;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.login.SessionPins;

/**
 * The {@code X-Session-Pin} check of critical operations ("admin+PIN" in SPEC §3), called by the
 * resource method after {@link SessionAuthFilter} admitted the request. No header → 400
 * {@code pin-required}; no PIN set → 400 {@code pin-not-set}; wrong → 401 {@code pin-incorrect}
 * (counts toward the session's attempts and the per-IP PIN throttle). Refusals are thrown as
 * problems.
 */
public final class PinGuard {
    public static final String HEADER = "X-Session-Pin";

    private final SessionPins pins;
    private final ClientIpResolver clientIps;

    public PinGuard(SessionPins pins, ClientIpResolver clientIps) {
        this.pins = pins;
        this.clientIps = clientIps;
    }

    public void require(AdminPrincipal admin, HttpServletRequest request) {
        pins.require(admin.session(), request.getHeader(HEADER), clientIps.resolve(request));
    }
}
