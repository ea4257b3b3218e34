package tech.arcp.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Base of the exception mappers: each one only says which {@link Problem} an exception is; this
 * class renders it for the current request (path, request id) with {@link ProblemResponder}.
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
    private final ProblemResponder responder;
    @Context
    private HttpServletRequest request;

    ProblemMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    /** The problem that answers {@code exception}. */
    protected abstract Problem problem(E exception);

    /** Adds what the problem body cannot carry (e.g. {@code Allow}); the default adds nothing. */
    protected Response decorate(Response response, E exception) {
        return response;
    }

    protected String requestId() {
        return ProblemResponder.requestId(request);
    }

    @Override
    public final Response toResponse(E exception) {
        return decorate(responder.respond(problem(exception), request), exception);
    }
}
