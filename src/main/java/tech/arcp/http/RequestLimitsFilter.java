package tech.arcp.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.problem.ProblemType;

/**
 * The request limits of SPEC §5 that Jetty does not enforce: more than {@code maxQueryParameters}
 * query parameters → 400 {@code request-error}; a body over {@code maxBodySize} → 413
 * {@code request-too-large}, at once when {@code Content-Length} says so, and for a chunked body
 * as soon as reading passes the limit ({@link BodyReader}, before dispatch; {@link LimitedRequest}
 * stays as the guard of the servlet layer). Runs after the request-id filter.
 */
public final class RequestLimitsFilter implements Filter {
    private final long maxBodySize;
    private final int maxQueryParameters;
    private final ProblemRenderer renderer;

    public RequestLimitsFilter(long maxBodySize, int maxQueryParameters, ProblemRenderer renderer) {
        this.maxBodySize = maxBodySize;
        this.maxQueryParameters = maxQueryParameters;
        this.renderer = renderer;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (queryParameters(request.getQueryString()) > maxQueryParameters) {
            refuse(request, response, Problem.of(ProblemType.REQUEST_ERROR,
                    "Too many query parameters").with("max_query_parameters", maxQueryParameters));
            return;
        }
        if (request.getContentLengthLong() > maxBodySize) {
            refuse(request, response, tooLarge(maxBodySize));
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

    static Problem tooLarge(long maxBodySize) {
        return Problem.of(ProblemType.REQUEST_TOO_LARGE, "The request body is larger than " + maxBodySize + " bytes")
                .with("max_body_size", maxBodySize);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        if (problem.status() == 413) {
            response.setHeader("Connection", "close"); // do not read the rest of a huge body
        }
        renderer.write(request, response, problem);
    }
}
