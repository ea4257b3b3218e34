package tech.arcp.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bean-validation failures: 422 {@code validation-failed} with {@code validation_errors}. */
public final class ConstraintViolationExceptionMapper extends ProblemMapper<ConstraintViolationException> {

    public ConstraintViolationExceptionMapper(ProblemResponder responder) {
        super(responder);
    }

    @Override
    protected Problem problem(ConstraintViolationException exception) {
        List<Map<String, String>> errors = exception.getConstraintViolations().stream()
                .map(ConstraintViolationExceptionMapper::error)
                .sorted(Comparator.comparing((Map<String, String> e) -> e.get("field"))
                        .thenComparing(e -> e.get("message")))
                .toList();
        return Problem.of(ProblemType.VALIDATION_FAILED, "The request did not pass validation")
                .with("validation_errors", errors);
    }

    private static Map<String, String> error(ConstraintViolation<?> violation) {
        Map<String, String> error = new java.util.LinkedHashMap<>();
        error.put("field", field(violation));
        error.put("message", violation.getMessage());
        return error;
    }

    /** The JSON name of the violating field; {@code body} for the request body itself. */
    static String field(ConstraintViolation<?> violation) {
        String name = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                name = node.getName() == null ? name : node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                name = "body";
            }
        }
        return snake(name);
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
