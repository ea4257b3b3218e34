package tech.arcp.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * First filter of every request: fixes its request id (request attribute, MDC, response header)
 * and sets the security headers of SPEC §5, so that every response carries them, errors included.
 */
public final class ResponseHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        SecurityHeaders.apply(response::setHeader, request.isSecure());
        MDC.put(RequestIds.ATTRIBUTE, requestId);
        try {
            chain.doFilter(req, res);
        } finally {
            MDC.remove(RequestIds.ATTRIBUTE);
        }
    }
}
