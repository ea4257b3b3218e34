package tech.arcp.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.EOFException;

/**
 * A request body that could not be read to its end (the client closed early, a body shorter than
 * its {@code Content-Length}, broken chunked encoding): Jetty raises an {@link EOFException} while
 * the resource reads the body. That is the client's fault: 400 {@code request-error}, never 500.
 */
public final class RequestReadExceptionMapper implements ExceptionMapper<EOFException> {
    private final ProblemResponder responder;
    @Context
    private HttpServletRequest request;

    public RequestReadExceptionMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public Response toResponse(EOFException exception) {
        return responder.respond(Problem.of(ProblemType.REQUEST_ERROR,
                "The request body ended early or was not validly framed"), request);
    }
}
