package tech.arcp.registry.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code metadata}: a non-empty object of at most 50 keys of at most 100 characters; values are
 * strings (at most 1000 characters), numbers, booleans or arrays of those; no null, no nested object.
 */
final class MetadataRules {
    static final int MAX_KEYS = 50;
    static final int MAX_KEY_LENGTH = 100;
    static final int MAX_STRING = 1000;
    private final ObjectMapper mapper;

    MetadataRules(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Map<String, Object> validate(JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull()) {
            errors.add("metadata", "field required");
            return null;
        }
        if (!node.isObject() || node.isEmpty()) {
            errors.add("metadata", "must be a non-empty object");
            return null;
        }
        if (node.size() > MAX_KEYS) {
            errors.add("metadata", "at most " + MAX_KEYS + " keys");
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String problem = problem(entry.getKey(), entry.getValue());
            if (problem != null) {
                errors.add("metadata", problem);
                return null;
            }
            values.put(entry.getKey(), mapper.convertValue(entry.getValue(), Object.class));
        }
        return RegistrationRules.copy(values);
    }

    private static String problem(String key, JsonNode value) {
        if (Text.length(key) > MAX_KEY_LENGTH) {
            return "keys must be at most " + MAX_KEY_LENGTH + " characters";
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!isScalar(item)) {
                    return "value of '" + key + "' must hold only strings, numbers or booleans";
                }
            }
            return null;
        }
        return isScalar(value) ? null : "value of '" + key + "' must be a string, number, boolean or array";
    }

    private static boolean isScalar(JsonNode value) {
        if (value.isTextual()) {
            return Text.length(value.asText()) <= MAX_STRING;
        }
        return value.isBoolean() || (value.isNumber() && Double.isFinite(value.asDouble()));
    }
}
