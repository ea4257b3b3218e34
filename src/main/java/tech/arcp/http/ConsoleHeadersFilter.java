package tech.arcp.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the console's content security policy on every response of its paths (page, assets, and
 * their errors): nothing from another origin, no inline script or style, no {@code eval}, no
 * framing, and Trusted Types required for every DOM sink that parses HTML or script.
 */
public final class ConsoleHeadersFilter implements Filter {
    /** The policy; the console keeps to it (textContent only, no inline code, same-origin fetch). */
    public static final String POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'",
            "frame-ancestors 'none'", "form-action 'self'", "require-trusted-types-for 'script'",
            "trusted-types 'none'");
    /** The servlet paths the policy covers. */
    public static final String[] PATHS = {"/dashboard", "/dashboard/assets/*"};

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) res).setHeader("Content-Security-Policy", POLICY);
        chain.doFilter(req, res);
    }
}
