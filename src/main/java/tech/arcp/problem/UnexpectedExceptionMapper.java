package tech.arcp.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.arcp.session.SessionStoreUnavailableException;

/**
 * Anything unexpected: 500 {@code internal-error} saying only "An unexpected error occurred".
 * The log line carries the request id and exception class; the stack trace is logged at DEBUG
 * only, since exception messages may quote request input. A store outage is 503, fail closed.
 */
public final class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    public UnexpectedExceptionMapper(ProblemResponder responder) {
        super(responder);
    }

    @Override
    protected Problem problem(Throwable exception) {
        String requestId = requestId();
        if (exception instanceof SessionStoreUnavailableException) {
            LOG.warn("Session store unavailable (request {})", requestId);
            return Problem.of(ProblemType.SESSION_STORE_UNAVAILABLE,
                    "The session store is unavailable; try again shortly").with("retry_after", 1);
        }
        LOG.error("Unexpected {} (request {})", exception.getClass().getName(), requestId);
        LOG.debug("Unexpected exception (request {})", requestId, exception);
        return Problem.of(ProblemType.INTERNAL_ERROR, "An unexpected error occurred (request " + requestId + ")");
    }
}
