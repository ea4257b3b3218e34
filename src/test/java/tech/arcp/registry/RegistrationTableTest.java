package tech.arcp.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.arcp.problem.ProblemException;
import tech.arcp.registry.caffeine.CaffeineAgentRegistry;
import tech.arcp.registry.caffeine.CaffeineAgentTokenStore;
import tech.arcp.registry.rules.AgentMetrics;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.rules.Registration;
import tech.arcp.registry.rules.RegistrationRules;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.registry.tokens.Caller;
import tech.arcp.session.TokenCodec;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.TestTime;

/**
 * Table-driven: well over 100 valid and invalid registrations and metrics updates, each checked
 * for its answer (stored, or 422 naming the field) and, at the end, every stored record re-checked
 * with the client's own rules and re-validated to itself (normalization is idempotent).
 */
class RegistrationTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ADMIN = Caller.admin("ARCP");

    private final TestTime time = new TestTime();
    private final AgentPolicy policy = new AgentPolicy(List.of("security", "monitoring", "automation", "networking",
            "testing"), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofDays(7), Duration.ofSeconds(900),
            10_000);
    private final AgentRegistry registry = new CaffeineAgentRegistry(policy, time);
    private final RegistrationRules rules = new RegistrationRules(policy, JSON);
    private final AgentService service = new AgentService(registry,
            new AgentTokens(new TokenCodec(new byte[32]), registry, new CaffeineAgentTokenStore(policy, time)), rules,
            new RegistryMetrics(new MetricRegistry()), time, time);

    record Case(String name, Consumer<ObjectNode> change, String field) {
    }

    private static Case ok(String name, String field, Object value) {
        return new Case(name, b -> put(b, field, value), null);
    }

    private static Case bad(String name, String field, Object value) {
        return new Case(name, b -> put(b, field, value), field);
    }

    private static Case badAt(String name, String field, Object value, String expectedField) {
        return new Case(name, b -> put(b, field, value), expectedField);
    }

    private static void put(ObjectNode body, String field, Object value) {
        if (value == Missing.FIELD) {
            body.remove(field);
        } else {
            body.set(field, JSON.valueToTree(value));
        }
    }

    enum Missing { FIELD }

    private static List<String> strings(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    private static Map<String, Object> keys(int n) {
        Map<String, Object> map = new LinkedHashMap<>();
        IntStream.range(0, n).forEach(i -> map.put("k" + i, i));
        return map;
    }

    private static Map<String, Object> req(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    static List<Case> registrations() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("the client's full body", b -> { }, null));
        c.add(ok("unknown fields ignored", "sbom", "ignored"));
        c.add(ok("id of 100", "agent_id", "a".repeat(100)));
        c.add(ok("id trimmed", "agent_id", "  trimmed-id  "));
        c.add(ok("id with underscore", "agent_id", "A_b-9"));
        c.add(bad("id of 2", "agent_id", "ab"));
        c.add(bad("id of 101", "agent_id", "a".repeat(101)));
        c.add(bad("id with space", "agent_id", "has space"));
        c.add(bad("id with dot", "agent_id", "dot.id"));
        c.add(bad("id non-ascii", "agent_id", "ümlaut"));
        c.add(bad("id number", "agent_id", 12345));
        c.add(bad("id missing", "agent_id", Missing.FIELD));
        c.add(bad("id null", "agent_id", null));
        c.add(ok("name of 2", "name", "ab"));
        c.add(ok("name of 32", "name", "n".repeat(32)));
        c.add(ok("name of 2 emoji", "name", "\uD83D\uDE00\uD83D\uDE00"));
        c.add(bad("name of 1 emoji", "name", "\uD83D\uDE00"));
        c.add(bad("name of 1 after trim", "name", "   a   "));
        c.add(bad("name nbsp-padded", "name", "\u00A0a\u00A0"));
        c.add(bad("name of 33", "name", "n".repeat(33)));
        c.add(bad("name missing", "name", Missing.FIELD));
        c.add(bad("name list", "name", List.of("x")));
        c.add(ok("type upper case", "agent_type", "TESTING"));
        c.add(ok("type mixed case", "agent_type", "Security"));
        c.add(bad("type not allowed", "agent_type", "spaceship"));
        c.add(bad("type of 1", "agent_type", "t"));
        c.add(bad("type with space", "agent_type", "te sting"));
        c.add(bad("type of 51", "agent_type", "t".repeat(51)));
        c.add(bad("type missing", "agent_type", Missing.FIELD));
        c.add(ok("endpoint minimal", "endpoint", "http://ab"));
        c.add(ok("endpoint https path", "endpoint", "https://example.com/path?q=1#f"));
        c.add(ok("endpoint of 2048", "endpoint", "https://e.com/" + "p".repeat(2048 - 14)));
        c.add(ok("endpoint trimmed", "endpoint", "  http://ok.example  "));
        c.add(bad("endpoint ftp", "endpoint", "ftp://x.y"));
        c.add(bad("endpoint bare scheme", "endpoint", "http://"));
        c.add(bad("endpoint one char", "endpoint", "http://a"));
        c.add(bad("endpoint slash first", "endpoint", "http:///path"));
        c.add(bad("endpoint dot first", "endpoint", "http://.host"));
        c.add(bad("endpoint dollar first", "endpoint", "http://$host"));
        c.add(bad("endpoint query first", "endpoint", "http://?q=1"));
        c.add(bad("endpoint hash first", "endpoint", "http://#frag"));
        c.add(bad("endpoint with space", "endpoint", "http://a b.com"));
        c.add(bad("endpoint of 2049", "endpoint", "https://e.com/" + "p".repeat(2049 - 14)));
        c.add(bad("endpoint missing", "endpoint", Missing.FIELD));
        c.add(ok("brief of 10", "context_brief", "b".repeat(10)));
        c.add(ok("brief of 1000", "context_brief", "b".repeat(1000)));
        c.add(bad("brief of 9", "context_brief", "b".repeat(9)));
        c.add(bad("brief of 1001", "context_brief", "b".repeat(1001)));
        c.add(bad("brief missing", "context_brief", Missing.FIELD));
        c.add(ok("one capability", "capabilities", List.of("ab")));
        c.add(ok("blank capability dropped", "capabilities", List.of("ab", "  ", "cd")));
        c.add(ok("50 capabilities", "capabilities", strings(50, "cap")));
        c.add(ok("capability with spaces", "capabilities", List.of("data analysis")));
        c.add(bad("no capability", "capabilities", List.of()));
        c.add(bad("only blank capabilities", "capabilities", List.of("  ", "")));
        c.add(bad("capability of 1", "capabilities", List.of("a")));
        c.add(bad("capability of 101", "capabilities", List.of("c".repeat(101))));
        c.add(bad("51 capabilities", "capabilities", strings(51, "cap")));
        c.add(bad("capability punctuation", "capabilities", List.of("bad!")));
        c.add(bad("capability number", "capabilities", List.of(1)));
        c.add(bad("capabilities string", "capabilities", "echo"));
        c.add(bad("capabilities missing", "capabilities", Missing.FIELD));
        c.add(ok("owner of 2", "owner", "ow"));
        c.add(ok("owner of 50", "owner", "o".repeat(50)));
        c.add(bad("owner of 1", "owner", "o"));
        c.add(bad("owner of 51", "owner", "o".repeat(51)));
        c.add(bad("owner missing", "owner", Missing.FIELD));
        c.add(ok("key of 32", "public_key", "k".repeat(32)));
        c.add(ok("key of 1024", "public_key", "k".repeat(1024)));
        c.add(ok("PEM-like key", "public_key", "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA+/=\n-----END-----"));
        c.add(bad("key of 31", "public_key", "k".repeat(31)));
        c.add(bad("key of 1025", "public_key", "k".repeat(1025)));
        c.add(bad("key punctuation", "public_key", "k".repeat(31) + "!"));
        c.add(bad("key missing", "public_key", Missing.FIELD));
        c.add(ok("metadata number", "metadata", Map.of("a", 1.5)));
        c.add(ok("metadata boolean", "metadata", Map.of("a", true)));
        c.add(ok("metadata array", "metadata", Map.of("a", List.of(1, "x", false))));
        c.add(ok("metadata 50 keys", "metadata", keys(50)));
        c.add(ok("metadata string of 1000", "metadata", Map.of("a", "v".repeat(1000))));
        c.add(bad("metadata empty", "metadata", Map.of()));
        c.add(bad("metadata missing", "metadata", Missing.FIELD));
        c.add(bad("metadata null value", "metadata", Collections.singletonMap("a", null)));
        c.add(bad("metadata nested", "metadata", Map.of("a", Map.of("b", 1))));
        c.add(bad("metadata object in array", "metadata", Map.of("a", List.of(Map.of("b", 1)))));
        c.add(bad("metadata 51 keys", "metadata", keys(51)));
        c.add(bad("metadata key of 101", "metadata", Map.of("k".repeat(101), 1)));
        c.add(bad("metadata string of 1001", "metadata", Map.of("a", "v".repeat(1001))));
        c.add(bad("metadata string", "metadata", "text"));
        c.add(ok("version pre-release", "version", "10.20.30-beta1"));
        c.add(ok("version trimmed", "version", " 0.0.1 "));
        c.add(bad("version two parts", "version", "1.0"));
        c.add(bad("version v-prefix", "version", "v1.0.0"));
        c.add(bad("version empty suffix", "version", "1.0.0-"));
        c.add(bad("version dotted suffix", "version", "1.0.0-beta.1"));
        c.add(bad("version build", "version", "1.0.0+build"));
        c.add(bad("version missing", "version", Missing.FIELD));
        c.add(ok("mode upper case", "communication_mode", "LOCAL"));
        c.add(ok("mode padded", "communication_mode", " hybrid "));
        c.add(bad("mode unknown", "communication_mode", "p2p"));
        c.add(bad("mode number", "communication_mode", 1));
        c.add(bad("mode missing", "communication_mode", Missing.FIELD));
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

    @Test
    void everyRegistrationGetsItsAnswerAndEveryStoredRecordPassesTheClientsRules() {
        List<Case> cases = registrations();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        int n = 0;
        for (Case c : cases) {
            ObjectNode body = AgentBodies.registration("case-" + (n++));
            c.change().accept(body);
            try {
                AgentRecord stored = service.register(ADMIN, body).record();
                assertThat(c.field()).as("%s should have failed on %s", c.name(), c.field()).isNull();
                assertThat(registry.find(stored.agentId())).contains(stored);
            } catch (ProblemException e) {
                assertThat(c.field()).as("%s failed: %s", c.name(), e.problem().extensions()).isNotNull();
                assertThat(e.problem().type().slug()).isEqualTo("validation-failed");
                assertThat(fields(e)).as(c.name()).contains(c.field());
            }
        }
        assertThat(registry.all()).hasSize((int) cases.stream().filter(c -> c.field() == null).count());
        for (AgentRecord record : registry.all()) {
            assertThat(ClientRecheck.violations(record.registration())).as(record.agentId()).isEmpty();
            assertThat(rules.validate(JSON.valueToTree(wire(record.registration()))))
                    .as("normalization of %s is idempotent", record.agentId()).isEqualTo(record.registration());
        }
    }

    @Test
    void metricsUpdatesAreRangeCheckedAndNeverStoreABadValue() {
        service.register(ADMIN, AgentBodies.registration("metered"));
        Object[][] table = {
            {"success_rate", 0, true}, {"success_rate", 1, true}, {"success_rate", 0.5, true},
            {"success_rate", -0.01, false}, {"success_rate", 1.01, false}, {"success_rate", "0.5", false},
            {"success_rate", true, false}, {"avg_response_time", 3600, true}, {"avg_response_time", 0, true},
            {"avg_response_time", 3600.5, false}, {"avg_response_time", -1, false}, {"total_requests", 0, true},
            {"total_requests", 9_000_000_000L, true}, {"total_requests", -1, false}, {"total_requests", 1.5, false},
            {"reputation_score", 10, true}, {"reputation_score", 10.5, false}, {"reputation_score", -0.5, false},
            {"requests_processed", 3, true}, {"requests_processed", -3, false}, {"average_response_time", 1.25, true},
            {"average_response_time", 4000, false}, {"error_rate", 0.25, true}, {"error_rate", 2, false},
            {"error_rate", null, true}, {"agent_id", "someone-else", true}, {"last_active", "1999-01-01", true},
            {"unknown", 5, true},
        };
        for (Object[] row : table) {
            ObjectNode body = JSON.createObjectNode();
            body.set((String) row[0], JSON.valueToTree(row[1]));
            AgentMetrics before = registry.find("metered").orElseThrow().metrics();
            time.advance(Duration.ofSeconds(1));
            try {
                AgentMetrics after = service.updateMetrics(ADMIN, "metered", body).metrics();
                assertThat((boolean) row[2]).as("%s=%s should fail", row[0], row[1]).isTrue();
                assertThat(after.lastActive()).isEqualTo(time.instant());
            } catch (ProblemException e) {
                assertThat((boolean) row[2]).as("%s=%s failed: %s", row[0], row[1], e.problem()).isFalse();
                assertThat(fields(e)).containsExactly((String) row[0]);
                assertThat(registry.find("metered").orElseThrow().metrics()).isEqualTo(before);
            }
            assertInRange(registry.find("metered").orElseThrow().metrics());
        }
    }

    private static void assertInRange(AgentMetrics m) {
        assertThat(m.successRate()).isBetween(0.0, 1.0);
        assertThat(m.errorRate()).isBetween(0.0, 1.0);
        assertThat(m.avgResponseTime()).isBetween(0.0, 3600.0);
        assertThat(m.averageResponseTime()).isBetween(0.0, 3600.0);
        assertThat(m.reputationScore()).isBetween(0.0, 10.0);
        assertThat(m.totalRequests()).isNotNegative();
        assertThat(m.requestsProcessed()).isNotNegative();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ProblemException e) {
        Object errors = e.problem().extensions().get("validation_errors");
        if (!(errors instanceof List<?> list)) {
            return fail("no validation_errors in " + e.problem());
        }
        return list.stream().map(item -> ((Map<String, String>) item).get("field")).toList();
    }

    /** A stored registration as the wire shows it (what a client could send back). */
    private static Map<String, Object> wire(Registration r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agent_id", r.agentId());
        m.put("name", r.name());
        m.put("agent_type", r.agentType());
        m.put("endpoint", r.endpoint());
        m.put("context_brief", r.contextBrief());
        m.put("capabilities", r.capabilities());
        m.put("owner", r.owner());
        m.put("public_key", r.publicKey());
        m.put("metadata", r.metadata());
        m.put("version", r.version());
        m.put("communication_mode", r.communicationMode());
        m.put("features", r.features());
        m.put("max_tokens", r.maxTokens());
        m.put("language_support", r.languageSupport());
        m.put("rate_limit", r.rateLimit());
        m.put("requirements", r.requirements());
        m.put("policy_tags", r.policyTags());
        m.put("ai_context", r.aiContext());
        return m;
    }
}
