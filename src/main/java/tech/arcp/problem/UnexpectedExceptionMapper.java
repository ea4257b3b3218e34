package tech.arcp.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.arcp.session.SessionStoreUnavailableException;

/**
 * Anything unexpected: 500 {@code internal-error} saying only "An unexpected error occurred".
 * The log line carries the request id and exception class; the stack trace is logged at DEBUG
 * only, since exception messages may quote request input. A store outage is 503, fail closed.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    private final ProblemResponder responder;
    @Context
    private HttpServletRequest request;

    public UnexpectedExceptionMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public Response toResponse(Throwable exception) {
        String requestId = ProblemResponder.requestId(request);
        if (exception instanceof SessionStoreUnavailableException) {
            LOG.warn("Session store unavailable (request {})", requestId);
            Problem problem = Problem.of(ProblemType.SESSION_STORE_UNAVAILABLE,
                    "The session store is unavailable; try again shortly").with("retry_after", 1);
            return responder.respond(problem, request);
        }
        LOG.error("Unexpected {} (request {})", exception.getClass().getName(), requestId);
        LOG.debug("Unexpected exception (request {})", requestId, exception);
        return responder.respond(Problem.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred (request " + requestId + ")"), request);
    }
}
