package tech.arcp.registry.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;

/**
 * Reads typed fields out of a JSON object and collects every rule violation as
 * {@code {"field","message"}}, the {@code validation_errors} of a 422 {@code validation-failed}.
 * Strings are trimmed (Python's notion of whitespace) and measured in code points, like the client.
 */
public final class FieldErrors {
    private final List<Map<String, String>> errors = new ArrayList<>();

    void add(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        errors.add(error);
    }

    /** Every error so far, in order. */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        errors.forEach(e -> action.accept(e.get("field"), e.get("message")));
    }

    /** @throws tech.arcp.problem.ProblemException 422 when any rule failed */
    public void throwIfAny(String detail) {
        if (!errors.isEmpty()) {
            throw Problem.of(ProblemType.VALIDATION_FAILED, detail)
                    .with("validation_errors", List.copyOf(errors)).exception();
        }
    }

    /** A trimmed string of {@code min..max} code points matching {@code pattern} (may be null). */
    public String string(JsonNode body, String field, boolean required, int min, int max, Pattern pattern) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                add(field, "field required");
            }
            return null;
        }
        if (!node.isTextual()) {
            add(field, "must be a string");
            return null;
        }
        String value = Text.strip(node.asText());
        int length = Text.length(value);
        if (length < min || length > max) {
            add(field, min == max ? "must be " + min + " characters"
                    : "must be " + min + "-" + max + " characters after trimming");
            return null;
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            add(field, "contains characters outside " + pattern.pattern());
            return null;
        }
        return value;
    }

    /** The elements of a list of strings, each trimmed; null when absent, empty list and error on wrong types. */
    List<String> strings(JsonNode body, String field, int maxItems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            add(field, "must be a list of strings");
            return List.of();
        }
        if (node.size() > maxItems) {
            add(field, "at most " + maxItems + " items");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                add(field, "must be a list of strings");
                return List.of();
            }
            values.add(Text.strip(item.asText()));
        }
        return values;
    }

    /** An integer in {@code min..max}; null when absent. */
    Long integer(JsonNode body, String field, long min, long max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            add(field, "must be an integer");
            return null;
        }
        long value = node.asLong();
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    /** A number in {@code min..max}; null when absent. */
    Double number(JsonNode body, String field, double min, double max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            add(field, "must be a number");
            return null;
        }
        double value = node.asDouble();
        if (value < min || value > max) {
            add(field, "must be between " + format(min) + " and " + format(max));
            return null;
        }
        return value;
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
