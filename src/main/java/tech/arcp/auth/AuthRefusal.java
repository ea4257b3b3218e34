package tech.arcp.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import tech.arcp.http.RequestIds;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemRenderer;

/** Ends a request an auth filter refuses: reports the failure, then answers its problem (SPEC §2). */
final class AuthRefusal {
    private final ProblemRenderer renderer;
    private final AuthFailureListener failures;

    AuthRefusal(ProblemRenderer renderer, AuthFailureListener failures) {
        this.renderer = renderer;
        this.failures = failures;
    }

    void abort(ContainerRequestContext request, Problem problem) {
        String requestId = RequestIds.orGenerate(request.getProperty(RequestIds.ATTRIBUTE));
        failures.failed(problem, requestId);
        request.abortWith(renderer.response(problem, request.getUriInfo().getRequestUri().getRawPath(), requestId));
    }
}
