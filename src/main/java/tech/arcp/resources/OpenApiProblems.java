package tech.arcp.resources;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tech.arcp.auth.Auth;

/** The shared parts of the document: ARCP's problem schema and responses, and the two security schemes. */
final class OpenApiProblems {
    static final String BEARER = "bearer";
    static final String FINGERPRINT = "client_fingerprint";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private OpenApiProblems() {
    }

    static void addComponents(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        components.addSchemas("Problem", problem());
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An admin session token from POST /auth/login, or an agent token on agent calls"));
        components.addSecuritySchemes(FINGERPRINT, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-Client-Fingerprint")
                .description("The fingerprint the session was created with (SPEC §5)"));
        api.setComponents(components);
    }

    /**
     * Drops the schemas nothing refers to any more (those of the {@code @Auth} principals, which
     * swagger-core took for bodies), and makes a {@code JsonNode} body a plain JSON object.
     */
    static void pruneUnreferenced(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas.containsKey("JsonNode")) {
            schemas.put("JsonNode", typed("object").description("A JSON object, checked by the rules of REGISTRY.md"));
        }
        Set<String> kept = new java.util.HashSet<>();
        int before;
        do {
            before = kept.size();
            String text = Json31.pretty(api.getPaths()) + Json31.pretty(kept.stream().map(schemas::get).toList());
            schemas.keySet().stream().filter(n -> text.contains("\"#/components/schemas/" + n + "\"")).forEach(kept::add);
        } while (kept.size() > before);
        schemas.keySet().retainAll(kept);
    }

    /** A problem response for {@code status} (RFC 9457, SPEC §4). */
    static ApiResponse response(int status) {
        return new ApiResponse().description(describe(status)).content(problemContent());
    }

    static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
    }

    /** Whether the method reads an entity: a parameter Jersey fills from the body. */
    static boolean takesBody(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(OpenApiProblems::isBody);
    }

    private static boolean isBody(Parameter p) {
        return Arrays.stream(p.getAnnotations()).map(Annotation::annotationType)
                .noneMatch(t -> t == Auth.class || t.getPackageName().startsWith("jakarta.ws.rs"));
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "Malformed request, or a PIN required/not set";
            case 401 -> "Not authenticated: token missing, invalid or expired, or session ended";
            case 403 -> "Authenticated, but not allowed (another fingerprint, an agent token on an admin call)";
            case 404 -> "No such resource";
            case 413 -> "Request body too large";
            case 406 -> "No representation fits the Accept header";
            case 415 -> "Body is not application/json";
            case 422 -> "The body or a parameter failed validation (see validation_errors)";
            case 429 -> "Too many attempts; retry after retry_after seconds";
            case 503 -> "The store is unavailable, or the service is draining";
            default -> status >= 500 ? "Internal error (no detail is disclosed)" : "Problem";
        };
    }

    private static Schema<Object> problem() {
        Map<String, Schema> props = new LinkedHashMap<>();
        for (String s : new String[] {"type", "title", "detail", "instance", "timestamp", "request_id", "error_code",
            "reason", "session_id", "header", "agent_id", "user"}) {
            props.put(s, typed("string"));
        }
        for (String s : new String[] {"status", "session_timeout", "retry_after", "attempts_remaining"}) {
            props.put(s, typed("integer"));
        }
        Schema<Object> field = typed("object");
        field.setProperties(new LinkedHashMap<>(Map.of("field", typed("string"), "message", typed("string"))));
        props.put("validation_errors", typed("array").items(field));
        Schema<Object> problem = typed("object");
        problem.setProperties(props);
        problem.setRequired(java.util.List.of("type", "title", "status"));
        problem.setAdditionalProperties(Boolean.TRUE);
        problem.setExample(new LinkedHashMap<>(Map.of("type", "https://arcp.0x001.tech/docs/problems/session-expired",
                "title", "Session Expired", "status", 401, "detail", "Session expired due to inactivity",
                "instance", "/auth/session_status", "error_code", "SESSION_EXPIRED", "reason", "idle_timeout",
                "session_timeout", 3600)));
        return problem.description("An RFC 9457 problem with ARCP's extension members; others may appear");
    }

    @SuppressWarnings("unchecked")
    private static Schema<Object> typed(String type) {
        Schema<Object> s = new Schema<>();
        s.setTypes(Set.of(type));
        return s;
    }
}
