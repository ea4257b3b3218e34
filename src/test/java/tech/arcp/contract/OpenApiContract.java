package tech.arcp.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The served OpenAPI document read as a contract: which operations exist, and whether a real answer
 * (status, media type, body) is one the document describes. A schema that lists {@code properties}
 * and says nothing of others is read as closed: a member the document does not name is a violation.
 */
final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "https://arcp.test/openapi.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;
    private final SchemaRegistry schemas;

    private OpenApiContract(JsonNode document) {
        this.document = document;
        ObjectNode closed = document.deepCopy();
        closed.path("components").path("schemas").forEach(OpenApiContract::close);
        this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                b -> b.schemas(Map.of(ID, closed.toString())));
    }

    /** Reads {@code text} as swagger-parser does; fails when the parser cannot read it or warns. */
    static OpenApiContract read(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        if (parsed.getOpenAPI() == null || (parsed.getMessages() != null && !parsed.getMessages().isEmpty())) {
            throw new AssertionError("swagger-parser: " + parsed.getMessages());
        }
        try {
            return new OpenApiContract(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON", e);
        }
    }

    /** Every operation, as {@code "GET /agents/{agent_id}"}. */
    Set<String> operations() {
        Set<String> all = new TreeSet<>();
        document.path("paths").properties().forEach(path -> METHODS.stream()
                .filter(m -> path.getValue().has(m))
                .forEach(m -> all.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return all;
    }

    JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        return document.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
    }

    /** What in this answer the document does not describe; empty when it fits. */
    List<String> violations(String operation, int status, String contentType, String body) {
        JsonNode op = operation(operation);
        if (op.isMissingNode()) {
            return List.of(operation + " is not in the document");
        }
        String code = responseCode(op.path("responses"), status);
        if (code == null) {
            return List.of(operation + " answered " + status + ", which the document does not describe (it names "
                    + names(op.path("responses")) + ")");
        }
        JsonNode content = op.path("responses").path(code).path("content");
        boolean empty = body == null || body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return empty ? List.of() : List.of(operation + " " + status + " has a body the document does not describe");
        }
        String media = base(contentType);
        String key = content.properties().stream().map(Map.Entry::getKey).filter(k -> base(k).equals(media))
                .findFirst().orElse(null);
        if (key == null) {
            return List.of(operation + " " + status + " came as '" + media + "', the document names " + names(content));
        }
        if (!media.endsWith("json")) {
            return List.of(); // text, HTML, scripts: a string by definition
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(empty ? "" : body);
        } catch (JsonProcessingException e) {
            return List.of(operation + " " + status + " is not JSON: " + body);
        }
        if (answer == null || answer.isMissingNode()) {
            return List.of(operation + " " + status + " has an empty " + media + " body");
        }
        String pointer = "/paths/" + escape(operation.split(" ", 2)[1]) + "/" + operation.split(" ")[0]
                .toLowerCase(Locale.ROOT) + "/responses/" + code + "/content/" + escape(key) + "/schema";
        List<String> found = new ArrayList<>();
        for (Error error : schemas.getSchema(SchemaLocation.of(ID + "#" + pointer)).validate(answer)) {
            found.add(operation + " " + status + ": " + error);
        }
        return found;
    }

    /** Whether a request body fits the documented request schema of {@code operation}. */
    List<String> requestViolations(String operation, String body) {
        if (!operation(operation).path("requestBody").path("content").has("application/json")) {
            return List.of(operation + " documents no JSON request body");
        }
        String pointer = "/paths/" + escape(operation.split(" ", 2)[1]) + "/" + operation.split(" ")[0]
                .toLowerCase(Locale.ROOT) + "/requestBody/content/application~1json/schema";
        try {
            return schemas.getSchema(SchemaLocation.of(ID + "#" + pointer)).validate(JSON.readTree(body)).stream()
                    .map(e -> operation + " request: " + e).toList();
        } catch (JsonProcessingException e) {
            return List.of(operation + " request is not JSON");
        }
    }

    /** Every {@code example} of a schema that does not fit that schema (Swagger UI shows them as answers). */
    List<String> exampleViolations() {
        List<String> found = new ArrayList<>();
        examples(document, "", found);
        return found;
    }

    private void examples(JsonNode node, String pointer, List<String> found) {
        if (node.has("example") && (node.has("type") || node.has("$ref") || node.has("anyOf"))) {
            for (Error error : schemas.getSchema(SchemaLocation.of(ID + "#" + pointer)).validate(node.get("example"))) {
                found.add(pointer + ": " + error);
            }
        }
        node.properties().forEach(e -> {
            if (!e.getKey().equals("example")) {
                examples(e.getValue(), pointer + "/" + escape(e.getKey()), found);
            }
        });
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            examples(node.get(i), pointer + "/" + i, found);
        }
    }

    private static String responseCode(JsonNode responses, int status) {
        for (String code : List.of(String.valueOf(status), status / 100 + "XX", "default")) {
            if (responses.has(code)) {
                return code;
            }
        }
        return null;
    }

    /** A media type without its parameters ({@code text/plain; version=0.0.4} is {@code text/plain}). */
    private static String base(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList().toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
    }
}
