package tech.arcp.observability;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Times every request of the API port, from the first filter to the last byte handed to Jetty, and
 * records it in {@link RequestMetrics} under its route template, or {@link #UNMATCHED} when no
 * resource method matched (404s, 405s, errors before Jersey): a fixed label, so unknown paths add
 * no series.
 */
public final class RequestMetricsFilter implements Filter {
    public static final String UNMATCHED = "unmatched";
    private final RequestMetrics metrics;
    private final Ticker ticker;

    public RequestMetricsFilter(RequestMetrics metrics, Ticker ticker) {
        this.metrics = metrics;
        this.ticker = ticker;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long start = ticker.read();
        try {
            chain.doFilter(req, res);
        } finally {
            Object template = req.getAttribute(RouteTemplates.ATTRIBUTE);
            metrics.record(((HttpServletRequest) req).getMethod(), template == null ? UNMATCHED : (String) template,
                    ((HttpServletResponse) res).getStatus(), ticker.read() - start);
        }
    }
}
