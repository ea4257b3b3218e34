package tech.arcp.registry;

import static tech.arcp.registry.RegistrationFixture.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * One row of the registration table: a change to the client's full body and the field its 422
 * must name ({@code null} when the registration is stored), with the builders the rows are written in.
 */
record RegistrationCase(String name, Consumer<ObjectNode> change, String field) {

    static RegistrationCase ok(String name, String field, Object value) {
        return new RegistrationCase(name, b -> put(b, field, value), null);
    }

    static RegistrationCase bad(String name, String field, Object value) {
        return new RegistrationCase(name, b -> put(b, field, value), field);
    }

    static RegistrationCase badAt(String name, String field, Object value, String expectedField) {
        return new RegistrationCase(name, b -> put(b, field, value), expectedField);
    }

    private static void put(ObjectNode body, String field, Object value) {
        if (value == Missing.FIELD) {
            body.remove(field);
        } else {
            body.set(field, JSON.valueToTree(value));
        }
    }

    enum Missing { FIELD }

    static List<String> strings(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    static Map<String, Object> keys(int n) {
        Map<String, Object> map = new LinkedHashMap<>();
        IntStream.range(0, n).forEach(i -> map.put("k" + i, i));
        return map;
    }

    static Map<String, Object> req(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
