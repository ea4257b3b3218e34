package tech.arcp.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The request limits of SPEC §5 that Jetty does not enforce: more than {@code maxQueryParameters}
 * query parameters → 400 {@code request-error}; a body over {@code maxBodySize} → 413
 * {@code request-too-large}, at once when {@code Content-Length} says so, and for a chunked body
 * as soon as reading passes the limit (before dispatch, by the connections package's body reader;
 * {@link LimitedRequest} stays as the guard of the servlet layer). Runs after the request-id filter.
 */
public final class RequestLimitsFilter implements Filter {
    private final long maxBodySize;
    private final int maxQueryParameters;
    private final Refusal refusal;

    /** Writes the answer to a request refused before it reached the application. */
    @FunctionalInterface
    public interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response, RequestLimitException refused)
                throws IOException;
    }

    public RequestLimitsFilter(long maxBodySize, int maxQueryParameters, Refusal refusal) {
        this.maxBodySize = maxBodySize;
        this.maxQueryParameters = maxQueryParameters;
        this.refusal = refusal;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (queryParameters(request.getQueryString()) > maxQueryParameters) {
            refusal.write(request, response,
                    new RequestLimitException(RequestLimitException.Limit.QUERY_PARAMETERS, maxQueryParameters));
            return;
        }
        if (request.getContentLengthLong() > maxBodySize) {
            refusal.write(request, response, tooLarge(maxBodySize));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBodySize), res);
    }

    static int queryParameters(String query) {
        if (query == null || query.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String part : query.split("&")) {
            count += part.isEmpty() ? 0 : 1;
        }
        return count;
    }

    static RequestLimitException tooLarge(long maxBodySize) {
        return new RequestLimitException(RequestLimitException.Limit.BODY_SIZE, maxBodySize);
    }
}
