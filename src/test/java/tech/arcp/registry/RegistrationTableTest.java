package tech.arcp.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.arcp.problem.ProblemException;
import tech.arcp.registry.rules.Registration;
import tech.arcp.testing.AgentBodies;

/**
 * Table-driven: well over 100 valid and invalid registrations ({@link RequiredFieldCases} and
 * {@link OptionalFieldCases}), each checked for its answer (stored, or 422 naming the field) and, at
 * the end, every stored record re-checked with the client's own rules and re-validated to itself
 * (normalization is idempotent).
 */
class RegistrationTableTest extends RegistrationFixture {

    static List<RegistrationCase> registrations() {
        List<RegistrationCase> c = new ArrayList<>(RequiredFieldCases.cases());
        c.addAll(OptionalFieldCases.cases());
        return c;
    }

    @Test
    void everyRegistrationGetsItsAnswerAndEveryStoredRecordPassesTheClientsRules() {
        List<RegistrationCase> cases = registrations();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        int n = 0;
        for (RegistrationCase c : cases) {
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
