package tech.arcp.registry.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code requirements.required_fields} / {@code optional_fields}: configuration field descriptors
 * (name, label, type, description, default_value, options, validation, placeholder, category).
 */
final class ConfigFieldRules {
    private static final Set<String> TYPES = Set.of("text", "select", "multiselect", "boolean", "number",
            "textarea", "array");
    /** Regex syntax Java accepts and Python's {@code re} may not: refused, so the client can re-check. */
    private static final Pattern JAVA_ONLY_REGEX = Pattern.compile(
            "\\\\[pPQEhHRXvVzG]|&&|\\(\\?<[A-Za-z]|[*+?}]\\+");
    private final ObjectMapper mapper;

    ConfigFieldRules(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    List<Map<String, Object>> validate(JsonNode node, int maxItems, boolean optional, FieldErrors errors) {
        String field = optional ? "optional_fields" : "required_fields";
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > maxItems) {
            errors.add(field, "must be a list of at most " + maxItems + " field objects");
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                errors.add(field, "must be a list of field objects");
                return List.of();
            }
            FieldErrors local = new FieldErrors();
            Map<String, Object> descriptor = descriptor(item, optional, local);
            local.forEach((f, message) -> errors.add(field + "." + f, message));
            out.add(descriptor);
        }
        return List.copyOf(out);
    }

    private Map<String, Object> descriptor(JsonNode item, boolean optional, FieldErrors errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", errors.string(item, "name", true, 1, 100, RegistrationRules.ID));
        out.put("label", errors.string(item, "label", true, 1, 200, null));
        String type = errors.string(item, "type", true, 1, 20, null);
        if (type != null && !TYPES.contains(type)) {
            errors.add("type", "must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        out.put("type", type);
        out.put("description", errors.string(item, "description", false, 0, 1000, null));
        out.put("default_value", defaultValue(item.get("default_value"), errors));
        List<String> options = RegistrationRules.kept(errors.strings(item, "options", 50), 1, 200, false);
        out.put("options", options == null || options.isEmpty() ? null : options);
        out.put("validation", regex(errors.string(item, "validation", false, 0, 500, null), errors));
        out.put("placeholder", errors.string(item, "placeholder", false, 0, 300, null));
        if (optional) {
            out.put("category", errors.string(item, "category", false, 0, 100, null));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private Object defaultValue(JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        boolean stringList = node.isArray();
        for (JsonNode item : node) {
            stringList &= item.isTextual();
        }
        if (node.isTextual() || node.isBoolean() || (node.isIntegralNumber() && node.canConvertToLong()) || stringList) {
            return mapper.convertValue(node, Object.class);
        }
        errors.add("default_value", "must be a string, integer, boolean or list of strings");
        return null;
    }

    private static String regex(String pattern, FieldErrors errors) {
        if (pattern == null || pattern.isEmpty()) {
            return pattern;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            errors.add("validation", "is not a valid regular expression");
            return null;
        }
        if (JAVA_ONLY_REGEX.matcher(pattern).find()) {
            errors.add("validation", "uses regular expression syntax outside the portable subset");
            return null;
        }
        return pattern;
    }
}
