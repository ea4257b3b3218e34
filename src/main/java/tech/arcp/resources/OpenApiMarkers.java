package tech.arcp.resources;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tech.arcp.auth.AgentAccess;
import tech.arcp.auth.Public;
import tech.arcp.auth.Quiet;

/**
 * Completes the generated document from the markers the auth filter reads ({@link Public},
 * {@link Quiet}, {@link AgentAccess}), in one place: the security of each operation, its
 * {@code x-quiet} extension, and the problem responses it can answer.
 */
final class OpenApiMarkers {
    private static final List<String> TAG_ORDER = List.of("sessions", "tokens", "settings", "service", "agents",
            "public", "console", "docs");

    private OpenApiMarkers() {
    }

    static void apply(OpenAPI api, Set<Class<?>> resources) {
        OpenApiProblems.addComponents(api);
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                Operation op = verb == null ? null : find(api, path(resource, method), verb);
                if (op != null) {
                    mark(op, resource, method);
                    addSuccess(api, op, resource, method);
                }
            }
        }
        OpenApiProblems.pruneUnreferenced(api);
        if (api.getTags() != null) { // the session API first, then the registry, then the pages
            api.getTags().sort(Comparator.comparingInt(t -> {
                int at = TAG_ORDER.indexOf(t.getName());
                return at < 0 ? TAG_ORDER.size() : at;
            }));
        }
    }

    private static void mark(Operation op, Class<?> resource, Method method) {
        boolean open = method.isAnnotationPresent(Public.class) || resource.isAnnotationPresent(Public.class);
        if (!OpenApiProblems.takesBody(method)) {
            op.setRequestBody(null);
        }
        if (!open) {
            op.addSecurityItem(new SecurityRequirement().addList(OpenApiProblems.BEARER)
                    .addList(OpenApiProblems.FINGERPRINT));
        }
        if (method.isAnnotationPresent(Quiet.class)) {
            op.addExtension("x-quiet", true);
        }
        Set<Integer> statuses = new TreeSet<>(Set.of(500, 503));
        if (!open) {
            statuses.addAll(Set.of(401, 403));
        }
        if (OpenApiProblems.takesBody(method)) {
            statuses.addAll(Set.of(400, 413, 415, 422));
        }
        if (Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(PathParam.class))) {
            statuses.add(404);
        }
        if (!produces(resource, method).isEmpty()) {
            statuses.add(406); // Jersey's answer to an Accept header none of them fits
        }
        ApiResponses responses = successAs200(op.getResponses() == null ? new ApiResponses() : op.getResponses());
        responses.forEach((code, declared) -> {
            if (code.matches("[45]\\d\\d") && declared.getContent() == null) {
                declared.setContent(OpenApiProblems.problemContent()); // a status named on the method
            }
        });
        statuses.forEach(s -> responses.putIfAbsent(String.valueOf(s), OpenApiProblems.response(s)));
        op.setResponses(responses);
    }

    /** swagger-core names an undeclared success {@code default}; ours is a 200. */
    private static ApiResponses successAs200(ApiResponses generated) {
        ApiResponse success = generated.remove("default");
        ApiResponses responses = new ApiResponses();
        if (success != null && !generated.keySet().stream().anyMatch(c -> c.startsWith("2"))) {
            responses.addApiResponse("200", success.description("OK"));
        }
        generated.forEach(responses::addApiResponse);
        return responses;
    }

    /**
     * A method that names its own problem answers ({@code @ApiResponse} on the method) loses the
     * success answer swagger-core would have written: written here from the return type, as it would.
     */
    private static void addSuccess(OpenAPI api, Operation op, Class<?> resource, Method method) {
        Class<?> type = method.getReturnType();
        if (type == void.class || type == Response.class
                || op.getResponses().keySet().stream().anyMatch(c -> c.startsWith("2"))) {
            return;
        }
        ResolvedSchema resolved = ModelConverters.getInstance(true)
                .resolveAsResolvedSchema(new AnnotatedType(method.getGenericReturnType()).resolveAsRef(true));
        resolved.referencedSchemas.forEach(api.getComponents()::addSchemas);
        String media = produces(resource, method).stream().findFirst().orElse(MediaType.APPLICATION_JSON);
        ApiResponses responses = new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")
                .content(new Content().addMediaType(media, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(resolved.schema))));
        op.getResponses().forEach(responses::addApiResponse);
        op.setResponses(responses);
    }

    /** The media types the method declares it produces (its own {@code @Produces}, else its class's). */
    private static List<String> produces(Class<?> resource, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        return produces == null ? List.of() : List.of(produces.value());
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null).map(HttpMethod::value).findFirst().orElse(null);
    }

    /** The path as swagger-core writes it: class and method {@code @Path}s joined, one leading slash. */
    static String path(Class<?> resource, Method method) {
        String joined = "/" + value(resource.getAnnotation(Path.class)) + "/" + value(method.getAnnotation(Path.class));
        String clean = joined.replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    private static String value(Path path) {
        return path == null ? "" : path.value();
    }

    private static Operation find(OpenAPI api, String path, String verb) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
        return item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb));
    }
}
