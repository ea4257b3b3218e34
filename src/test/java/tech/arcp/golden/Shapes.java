package tech.arcp.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What of a body is stable enough to record, where its bytes are not. */
final class Shapes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Shapes() {
    }

    /**
     * A flat JSON object with its members sorted: for bodies built with {@code Map.of}, whose
     * iteration order is randomised per JVM, so that no byte order is promised.
     */
    static String sortedKeys(String body) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(JSON.readValue(body, Map.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code arcp_} samples and types of Prometheus text, every value replaced by {@code <v>}; not
     * the HELP lines, which name the Java class of each gauge (a lambda's, different in each run).
     */
    static String prometheus(String text) {
        return text.lines()
                .filter(l -> l.startsWith("arcp_") || l.startsWith("# TYPE arcp_"))
                .map(l -> l.startsWith("#") ? l : l.replaceAll(" \\S+$", " <v>"))
                .collect(Collectors.joining("\n"));
    }

    /** Dropwizard's metrics JSON: for each section, the {@code arcp.} metrics and their field names. */
    static String metricsJson(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            List<String> lines = new ArrayList<>();
            root.fieldNames().forEachRemaining(section -> {
                JsonNode metrics = root.get(section);
                lines.add(section + (metrics.isObject() ? ":" : " = " + metrics));
                if (metrics.isObject()) {
                    new TreeMap<>(toMap(metrics)).forEach((name, metric) -> {
                        if (name.startsWith("arcp.")) {
                            List<String> fields = new ArrayList<>();
                            metric.fieldNames().forEachRemaining(fields::add);
                            lines.add("  " + name + " " + fields);
                        }
                    });
                }
            });
            return String.join("\n", lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dropwizard's health-check JSON with each check's real-time duration and timestamp masked. */
    static String healthChecks(String body) {
        return body.replaceAll("\"duration\":\\d+", "\"duration\":<ms>")
                .replaceAll("\"timestamp\":\"[^\"]+\"", "\"timestamp\":<now>");
    }

    private static Map<String, JsonNode> toMap(JsonNode object) {
        Map<String, JsonNode> map = new TreeMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
