package tech.arcp.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import tech.arcp.http.RequestIds;

/** Renders problems for the request being served (its path and request id). */
public final class ProblemResponder {
    private final ProblemRenderer renderer;

    public ProblemResponder(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    public Response respond(Problem problem, HttpServletRequest request) {
        return renderer.response(problem, request.getRequestURI(), requestId(request));
    }

    public static String requestId(HttpServletRequest request) {
        return RequestIds.orGenerate(request.getAttribute(RequestIds.ATTRIBUTE));
    }
}
