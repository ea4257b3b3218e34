package tech.arcp.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The content security policy of {@code /docs} and {@code /redoc}: the console's (nothing from
 * another origin, no inline script, no {@code eval}, no framing) with two exceptions these two
 * libraries need and the console does not: {@code style-src 'unsafe-inline'} (ReDoc's
 * styled-components and Swagger UI write {@code <style>} elements and style attributes at run
 * time) and no Trusted Types (both render Markdown through {@code innerHTML}, sanitised by
 * DOMPurify). Scripts stay {@code 'self'} only.
 */
public final class ApiDocsHeadersFilter implements Filter {
    public static final String POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
            "connect-src 'self'", "font-src 'self'", "worker-src 'none'", "object-src 'none'", "base-uri 'none'",
            "frame-ancestors 'none'", "form-action 'self'");
    /** The servlet paths the policy covers. */
    public static final String[] PATHS = {"/docs", "/redoc", "/docs/assets/*"};

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) res).setHeader("Content-Security-Policy", POLICY);
        chain.doFilter(req, res);
    }
}
