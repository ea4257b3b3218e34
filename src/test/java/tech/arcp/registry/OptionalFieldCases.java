package tech.arcp.registry;

import static tech.arcp.registry.RegistrationCase.bad;
import static tech.arcp.registry.RegistrationCase.badAt;
import static tech.arcp.registry.RegistrationCase.ok;
import static tech.arcp.registry.RegistrationCase.req;
import static tech.arcp.registry.RegistrationCase.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.arcp.registry.RegistrationCase.Missing;

/**
 * The rows of the registration table for the optional fields, from {@code features} to
 * {@code ai_context}: what is dropped, what is refused and which nested field a 422 names.
 */
final class OptionalFieldCases {
    private OptionalFieldCases() {
    }

    static List<RegistrationCase> cases() {
        List<RegistrationCase> c = new ArrayList<>();
        c.add(ok("features null", "features", null));
        c.add(ok("features absent", "features", Missing.FIELD));
        c.add(ok("features 100", "features", strings(100, "f")));
        c.add(ok("features dropped", "features", List.of("", "x".repeat(101), "kept")));
        c.add(bad("features 101", "features", strings(101, "f")));
        c.add(bad("features numbers", "features", List.of(1)));
        c.add(bad("features string", "features", "x"));
        c.add(ok("max_tokens 1", "max_tokens", 1));
        c.add(ok("max_tokens 1e6", "max_tokens", 1_000_000));
        c.add(bad("max_tokens 0", "max_tokens", 0));
        c.add(bad("max_tokens over", "max_tokens", 1_000_001));
        c.add(bad("max_tokens fraction", "max_tokens", 1.5));
        c.add(bad("max_tokens string", "max_tokens", "10"));
        c.add(ok("languages filtered", "language_support", List.of("toolong", "EN", "x")));
        c.add(ok("languages empty", "language_support", List.of()));
        c.add(ok("languages all dropped", "language_support", List.of("x")));
        c.add(bad("languages 21", "language_support", strings(21, "l")));
        c.add(ok("rate_limit 1", "rate_limit", 1));
        c.add(ok("rate_limit 10000", "rate_limit", 10_000));
        c.add(bad("rate_limit 0", "rate_limit", 0));
        c.add(bad("rate_limit over", "rate_limit", 10_001));
        c.add(ok("requirements empty", "requirements", Map.of()));
        c.add(ok("requirements as JSON string", "requirements", "{\"minimum_memory_mb\":1}"));
        c.add(ok("requirements ports", "requirements", req("network_ports", List.of("1", "65535", "8000-8999"))));
        c.add(ok("requirements field", "requirements", req("required_fields", List.of(Map.of("name", "api_key",
                "label", "API key", "type", "text", "validation", "^[a-z]+$", "options", List.of(" ", "a"))))));
        c.add(ok("requirements dropped entries", "requirements", req("system_requirements", List.of("", "x".repeat(201)))));
        c.add(badAt("requirements bad string", "requirements", "not json", "requirements"));
        c.add(badAt("requirements array", "requirements", List.of(), "requirements"));
        c.add(badAt("memory 0", "requirements", req("minimum_memory_mb", 0), "requirements.minimum_memory_mb"));
        c.add(badAt("memory over", "requirements", req("minimum_memory_mb", 1_048_577), "requirements.minimum_memory_mb"));
        c.add(badAt("disk over", "requirements", req("minimum_disk_space_mb", 10_485_761),
                "requirements.minimum_disk_space_mb"));
        c.add(badAt("port 0", "requirements", req("network_ports", List.of("0")), "requirements.network_ports"));
        c.add(badAt("port 70000", "requirements", req("network_ports", List.of("70000")), "requirements.network_ports"));
        c.add(badAt("port open range", "requirements", req("network_ports", List.of("80-")), "requirements.network_ports"));
        c.add(badAt("21 ports", "requirements", req("network_ports", strings(21, "")), "requirements.network_ports"));
        c.add(badAt("51 system reqs", "requirements", req("system_requirements", strings(51, "s")),
                "requirements.system_requirements"));
        c.add(badAt("31 permissions", "requirements", req("permissions", strings(31, "p")), "requirements.permissions"));
        c.add(badAt("internet yes", "requirements", req("requires_internet", "yes"), "requirements.requires_internet"));
        c.add(badAt("schema 1", "requirements", req("schema_version", "1"), "requirements.schema_version"));
        c.add(badAt("field type", "requirements", req("required_fields", List.of(Map.of("name", "x", "label", "X",
                "type", "bogus"))), "requirements.required_fields.type"));
        c.add(badAt("field regex", "requirements", req("optional_fields", List.of(Map.of("name", "x", "label", "X",
                "type", "text", "validation", "("))), "requirements.optional_fields.validation"));
        c.add(badAt("field java-only regex", "requirements", req("optional_fields", List.of(Map.of("name", "x",
                "label", "X", "type", "text", "validation", "\\p{L}+"))), "requirements.optional_fields.validation"));
        c.add(ok("policy tags 20", "policy_tags", strings(20, "t")));
        c.add(ok("policy tag of 51 dropped", "policy_tags", List.of("t".repeat(51), "ok")));
        c.add(bad("policy tags 21", "policy_tags", strings(21, "t")));
        c.add(ok("ai_context 5000", "ai_context", "a".repeat(5000)));
        c.add(bad("ai_context 5001", "ai_context", "a".repeat(5001)));
        c.add(bad("ai_context number", "ai_context", 12));
        return c;
    }
}
