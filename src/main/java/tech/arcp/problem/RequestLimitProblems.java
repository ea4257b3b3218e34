package tech.arcp.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tech.arcp.http.RequestLimitException;
import tech.arcp.http.RequestLimitsFilter;

/**
 * The problems of the request limits (SPEC §5): 400 {@code request-error} for too many query
 * parameters or an unreadable body, 413 {@code request-too-large} for a body over the limit;
 * written by the request-limits filter itself, before Jersey, with {@code Connection: close}
 * after a 413 so that the rest of a huge body is not read.
 */
public final class RequestLimitProblems implements RequestLimitsFilter.Refusal {
    private final ProblemRenderer renderer;

    public RequestLimitProblems(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    static Problem problem(RequestLimitException refused) {
        return switch (refused.limit()) {
            case QUERY_PARAMETERS -> Problem.of(ProblemType.REQUEST_ERROR, "Too many query parameters")
                    .with("max_query_parameters", (int) refused.max());
            case BODY_SIZE -> bodyTooLarge(refused.max());
            case BODY_UNREADABLE -> Problem.of(ProblemType.REQUEST_ERROR, "The request body could not be read");
        };
    }

    /** 413 {@code request-too-large}: a body over {@code maxBodySize} bytes, as it is read (chunked too). */
    public static Problem bodyTooLarge(long maxBodySize) {
        return Problem.of(ProblemType.REQUEST_TOO_LARGE, "The request body is larger than " + maxBodySize + " bytes")
                .with("max_body_size", maxBodySize);
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, RequestLimitException refused)
            throws IOException {
        Problem problem = problem(refused);
        byte[] body = renderer.json(problem, request.getRequestURI(), ProblemResponder.requestId(request));
        response.setStatus(problem.status());
        response.setContentType(ProblemRenderer.MEDIA_TYPE);
        ProblemRenderer.headers(problem).forEach(response::setHeader);
        if (problem.status() == 413) {
            response.setHeader("Connection", "close"); // do not read the rest of a huge body
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The same problems when the body stream fails inside a resource (chunked bodies). */
    public static final class Mapper extends ProblemMapper<RequestLimitException> {
        public Mapper(ProblemResponder responder) {
            super(responder);
        }

        @Override
        protected Problem problem(RequestLimitException exception) {
            return RequestLimitProblems.problem(exception);
        }
    }
}
