package tech.arcp.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;

/**
 * Malformed JSON and JSON of the wrong shape: 400 {@code invalid-input}. The detail names the
 * field path where Jackson knows it, never the offending input.
 */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    private final ProblemResponder responder;
    @Context
    private HttpServletRequest request;

    public JsonProcessingExceptionMapper(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String field = exception instanceof JsonMappingException mapping ? path(mapping) : "";
        String detail = field.isEmpty()
                ? "The request body is not valid JSON"
                : "Field '" + field + "' has an invalid value or type";
        Problem problem = Problem.of(ProblemType.INVALID_INPUT, detail);
        return responder.respond(field.isEmpty() ? problem : problem.with("field", field), request);
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
