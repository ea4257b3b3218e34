package tech.arcp.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers Jersey's own errors (unknown path, wrong method, unacceptable or unsupported media
 * type ...) with the catalog problem for their status, keeping {@code Allow} on 405.
 */
public final class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    public WebApplicationExceptionMapper(ProblemResponder responder) {
        super(responder);
    }

    @Override
    protected Problem problem(WebApplicationException exception) {
        ProblemType type = ProblemType.forStatus(exception.getResponse().getStatus());
        return Problem.of(type, detail(type));
    }

    @Override
    protected Response decorate(Response response, WebApplicationException exception) {
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    static String detail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "The requested resource was not found";
            case METHOD_NOT_ALLOWED -> "The method is not allowed for this resource";
            case NOT_ACCEPTABLE -> "No acceptable representation: this API produces application/json";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type: send application/json";
            case REQUEST_TOO_LARGE -> "The request body is too large";
            case HEADERS_TOO_LARGE -> "The request headers are too large";
            case REQUEST_TIMEOUT -> "The request did not arrive in time";
            case SERVICE_UNAVAILABLE -> "The service cannot take this request now";
            case INTERNAL_ERROR, CONFIGURATION_ERROR -> "An unexpected error occurred";
            default -> "The request could not be processed";
        };
    }
}
