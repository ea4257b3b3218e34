package tech.arcp.audit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.MDC;
import tech.arcp.http.ClientIpResolver;

/** Puts the client address of each request in the MDC ({@link AuditLog#CLIENT_IP}) for audit lines. */
public final class AuditContextFilter implements Filter {
    private final ClientIpResolver clientIps;

    public AuditContextFilter(ClientIpResolver clientIps) {
        this.clientIps = clientIps;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        MDC.put(AuditLog.CLIENT_IP, clientIps.resolve((HttpServletRequest) req));
        try {
            chain.doFilter(req, res);
        } finally {
            MDC.remove(AuditLog.CLIENT_IP);
        }
    }
}
