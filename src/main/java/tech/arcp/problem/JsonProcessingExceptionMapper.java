package tech.arcp.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import tech.arcp.http.RequestLimitException;

/**
 * Malformed JSON and JSON of the wrong shape: 400 {@code invalid-input}. The detail names the
 * field path where Jackson knows it, never the offending input. When the body itself could not be
 * read (a problem raised by the body stream, or an early end of stream), Jackson only wrapped that
 * failure: its own answer is given instead.
 */
public final class JsonProcessingExceptionMapper extends ProblemMapper<JsonProcessingException> {

    public JsonProcessingExceptionMapper(ProblemResponder responder) {
        super(responder);
    }

    @Override
    protected Problem problem(JsonProcessingException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException wrapped) {
                return wrapped.problem();
            }
            if (cause instanceof RequestLimitException limit) {
                return RequestLimitProblems.problem(limit);
            }
            if (cause instanceof java.io.EOFException) {
                return RequestReadExceptionMapper.EARLY_END;
            }
        }
        String field = exception instanceof JsonMappingException mapping ? path(mapping) : "";
        String detail = field.isEmpty()
                ? "The request body is not valid JSON"
                : "Field '" + field + "' has an invalid value or type";
        Problem problem = Problem.of(ProblemType.INVALID_INPUT, detail);
        return field.isEmpty() ? problem : problem.with("field", field);
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
