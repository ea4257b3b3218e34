package tech.arcp.problem;

import java.io.EOFException;

/**
 * A request body that could not be read to its end (the client closed early, a body shorter than
 * its {@code Content-Length}, a truncated chunked body): Jetty raises an {@link EOFException} while
 * the resource reads the body. That is the client's fault: 400 {@code request-error}, never 500.
 */
public final class RequestReadExceptionMapper extends ProblemMapper<EOFException> {
    static final Problem EARLY_END = Problem.of(ProblemType.REQUEST_ERROR,
            "The request body ended early or was not validly framed");

    public RequestReadExceptionMapper(ProblemResponder responder) {
        super(responder);
    }

    @Override
    protected Problem problem(EOFException exception) {
        return EARLY_END;
    }
}
