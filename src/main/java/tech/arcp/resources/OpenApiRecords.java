package tech.arcp.resources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.annotation.Nullable;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says in the document what Jackson does with the {@code api/} records it answers with (request
 * bodies keep their own rules): every component is written, so each is {@code required}, with
 * {@code null} where the component is {@link Nullable} (OpenAPI 3.1 spells that
 * {@code type: [..., "null"]}, or {@code anyOf} with a {@code null} branch around a {@code $ref});
 * a {@code NON_NULL} component may be left out instead. A record with a {@link JsonAnyGetter} may
 * carry more members; any other has exactly its components.
 */
final class OpenApiRecords {
    private OpenApiRecords() {
    }

    static void apply(OpenAPI api, Set<Class<?>> resources) {
        Map<String, Class<?>> answers = new LinkedHashMap<>();
        Map<String, Class<?>> bodies = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                collect(method.getGenericReturnType(), answers);
                responseClasses(method).forEach(c -> collect(c, answers));
                Arrays.stream(method.getGenericParameterTypes()).forEach(t -> collect(t, bodies));
            }
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        bodies.forEach((name, type) -> {
            Schema<?> schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && !answers.containsKey(name)) {
                dropCatchAll(schema, type);
            }
        });
        answers.forEach((name, type) -> {
            Schema<?> schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                describe(schema, type);
            }
        });
    }

    /** A request record's {@code @JsonAnySetter} component collects unknown members: no member of that name. */
    private static void dropCatchAll(Schema<?> schema, Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonAnySetter.class)
                    || component.isAnnotationPresent(JsonAnySetter.class)) {
                schema.getProperties().remove(wireName(schema, component));
            }
        }
    }

    private static void describe(Schema<?> schema, Class<?> type) {
        List<String> required = new ArrayList<>();
        boolean open = false;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonAnyGetter.class)) {
                open = true; // its entries are written as members of the record itself
                schema.getProperties().remove(wireName(schema, component));
                continue;
            }
            String name = wireName(schema, component);
            Schema<?> property = name == null ? null : schema.getProperties().get(name);
            if (property == null) {
                continue;
            }
            if (component.isAnnotationPresent(Nullable.class)) {
                schema.getProperties().put(name, orNull(property));
            }
            if (component.getType().isPrimitive() || alwaysWritten(type, component)) {
                required.add(name);
            }
        }
        schema.setRequired(required);
        if (open) {
            schema.setAdditionalProperties(Boolean.TRUE);
        }
    }

    /** Whether Jackson writes the component when it is {@code null}: no {@code NON_NULL} on it or on its record. */
    private static boolean alwaysWritten(Class<?> type, RecordComponent component) {
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        if (include == null) {
            include = type.getAnnotation(JsonInclude.class);
        }
        return include == null || include.value() == JsonInclude.Include.ALWAYS
                || include.value() == JsonInclude.Include.USE_DEFAULTS;
    }

    /** The property named for the component: as written, or in snake case ({@code @JsonNaming}). */
    private static String wireName(Schema<?> schema, RecordComponent component) {
        if (schema.getProperties() == null) {
            return null;
        }
        String camel = component.getName();
        String snake = camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        return schema.getProperties().containsKey(camel) ? camel
                : schema.getProperties().containsKey(snake) ? snake : null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> orNull(Schema<?> property) {
        property.setNullable(null);
        Schema nullType = new Schema<>();
        nullType.addType("null");
        if (property.get$ref() != null) {
            Schema ref = new Schema<>().$ref(property.get$ref());
            Schema either = new Schema<>().anyOf(List.of(ref, nullType));
            either.setDescription(property.getDescription());
            return either;
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
            return property;
        }
        return property; // untyped: null fits already
    }

    /** The classes named by the method's {@code @Operation(responses = ...)}: answers, not request bodies. */
    private static List<Class<?>> responseClasses(Method method) {
        var op = method.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        return op == null ? List.of() : Arrays.stream(op.responses()).map(ApiResponse::content).flatMap(Arrays::stream)
                .map(Content::schema).<Class<?>>map(s -> s.implementation()).toList();
    }

    private static void collect(Type type, Map<String, Class<?>> records) {
        if (type instanceof ParameterizedType generic) {
            Arrays.stream(generic.getActualTypeArguments()).forEach(t -> collect(t, records));
        } else if (type instanceof Class<?> c && c.isRecord() && records.putIfAbsent(c.getSimpleName(), c) == null) {
            Arrays.stream(c.getRecordComponents()).forEach(rc -> collect(rc.getGenericType(), records));
        }
    }
}
