package tech.arcp.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.arcp.api.FieldError;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;

/**
 * A Dropwizard task of the admin port ({@code POST /tasks/<name>}) whose parameters are checked
 * before it runs: {@link TaskGate} answers a problem for a refused {@link #check} and the task
 * never runs, so bad input changes nothing. Answers one JSON object.
 */
abstract class AdminTask extends Task {
    private final ObjectMapper json;

    AdminTask(String name, ObjectMapper json) {
        super(name);
        this.json = json;
    }

    /** The problem of these parameters (422 {@code validation-failed}), or empty when the task may run. */
    abstract Optional<Problem> check(Map<String, List<String>> parameters);

    @Override
    public Optional<String> getResponseContentType() {
        return Optional.of("application/json");
    }

    final void answer(PrintWriter output, Map<String, Object> body) throws JsonProcessingException {
        output.print(json.writeValueAsString(body));
    }

    /** The one value of {@code name}, or null when it is absent. */
    static String value(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0).trim();
    }

    /** Refuses parameters outside {@code allowed}, repeated ones and blank or over-long values. */
    static Optional<Problem> plain(Map<String, List<String>> parameters, Set<String> allowed) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String field = p.getKey();
            if (!allowed.contains(field)) {
                return invalid(field, "is not a parameter of this task (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
            if (p.getValue().size() != 1) {
                return invalid(field, "must be given once");
            }
            String value = p.getValue().get(0).trim();
            if (value.isEmpty() || value.length() > 255) {
                return invalid(field, "must be 1 to 255 characters");
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> invalid(String field, String message) {
        return Optional.of(Problem.of(ProblemType.VALIDATION_FAILED, "The task parameter " + field + " is invalid")
                .with("validation_errors", List.of(new FieldError(field, message))));
    }
}
