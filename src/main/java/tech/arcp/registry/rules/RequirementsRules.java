package tech.arcp.registry.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code requirements}: an object (or a JSON string of one) normalized to the client's
 * {@code AgentRequirements} shape, defaults filled. Unknown keys are dropped.
 */
final class RequirementsRules {
    private static final String FIELD = "requirements";
    private static final Pattern PORT = Pattern.compile("([0-9]{1,5})(?:-([0-9]{1,5}))?");
    private static final Pattern SYSTEM_VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*[A-Za-z0-9+\\-]*");
    private static final Pattern SCHEMA_VERSION = Pattern.compile("[0-9]+\\.[0-9]+");
    private final ObjectMapper mapper;

    RequirementsRules(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Map<String, Object> validate(JsonNode node, FieldErrors errors) {
        JsonNode body = parse(node, errors);
        if (body == null) {
            return null;
        }
        FieldErrors local = new FieldErrors();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("system_requirements", kept(local.strings(body, "system_requirements", 50), 200));
        out.put("permissions", kept(local.strings(body, "permissions", 30), 100));
        out.put("dependencies", kept(local.strings(body, "dependencies", 100), 200));
        out.put("minimum_system_version",
                local.string(body, "minimum_system_version", false, 1, 50, SYSTEM_VERSION));
        out.put("minimum_memory_mb", local.integer(body, "minimum_memory_mb", 1, 1_048_576));
        out.put("minimum_disk_space_mb", local.integer(body, "minimum_disk_space_mb", 1, 10_485_760));
        out.put("requires_internet", requiresInternet(body, local));
        out.put("network_ports", ports(local.strings(body, "network_ports", 20), local));
        ConfigFieldRules fields = new ConfigFieldRules(mapper);
        out.put("required_fields", fields.validate(body.get("required_fields"), 50, false, local));
        out.put("optional_fields", fields.validate(body.get("optional_fields"), 100, true, local));
        out.put("user_configuration", userConfiguration(body.get("user_configuration"), local));
        String schema = local.string(body, "schema_version", false, 3, 20, SCHEMA_VERSION);
        out.put("schema_version", schema == null ? "1.0" : schema);
        local.forEach((field, message) -> errors.add(FIELD + "." + field, message));
        return RegistrationRules.copy(out);
    }

    private JsonNode parse(JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode body = node;
        if (node.isTextual()) {
            try {
                body = mapper.readTree(node.asText());
            } catch (JsonProcessingException e) {
                errors.add(FIELD, "is a string that is not a JSON object");
                return null;
            }
        }
        if (body == null || !body.isObject()) {
            errors.add(FIELD, "must be an object");
            return null;
        }
        return body;
    }

    private static List<String> kept(List<String> values, int max) {
        List<String> kept = RegistrationRules.kept(values, 1, max, false);
        return kept == null ? List.of() : kept;
    }

    private static boolean requiresInternet(JsonNode body, FieldErrors errors) {
        JsonNode node = body.get("requires_internet");
        if (node == null || node.isNull()) {
            return true;
        }
        if (!node.isBoolean()) {
            errors.add("requires_internet", "must be a boolean");
        }
        return node.asBoolean(true);
    }

    private static List<String> ports(List<String> values, FieldErrors errors) {
        List<String> ports = new ArrayList<>();
        for (String port : values == null ? List.<String>of() : values) {
            if (port.isEmpty()) {
                continue;
            }
            Matcher m = PORT.matcher(port);
            if (!m.matches() || !inRange(m.group(1)) || (m.group(2) != null && !inRange(m.group(2)))) {
                errors.add("network_ports", "each port must be N or N-M with numbers 1-65535");
                return List.of();
            }
            ports.add(port);
        }
        return ports;
    }

    private static boolean inRange(String digits) {
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65535;
    }

    private Map<String, Object> userConfiguration(JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            errors.add("user_configuration", "must be an object");
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> value = mapper.convertValue(node, LinkedHashMap.class);
        return value;
    }
}
