package tech.arcp.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers a {@link ProblemException} with its problem. */
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    private final ProblemResponder responder;
    @Context
    private HttpServletRequest request;

    public ProblemExceptionMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public Response toResponse(ProblemException exception) {
        return responder.respond(exception.problem(), request);
    }
}
