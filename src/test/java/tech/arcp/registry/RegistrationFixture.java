package tech.arcp.registry;

import static org.assertj.core.api.Assertions.fail;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tech.arcp.problem.ProblemException;
import tech.arcp.registry.caffeine.CaffeineAgentRegistry;
import tech.arcp.registry.caffeine.CaffeineAgentTokenStore;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.rules.RegistrationRules;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.registry.tokens.Caller;
import tech.arcp.session.TokenCodec;
import tech.arcp.testing.TestTime;

/**
 * What the registration tables run on: an {@link AgentService} over a fresh Caffeine registry with
 * a {@link TestTime}, called as the admin, and the fields a 422 names.
 */
abstract class RegistrationFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Caller ADMIN = Caller.admin("ARCP");

    final TestTime time = new TestTime();
    final AgentPolicy policy = new AgentPolicy(List.of("security", "monitoring", "automation", "networking",
            "testing"), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofDays(7), Duration.ofSeconds(900),
            10_000);
    final AgentRegistry registry = new CaffeineAgentRegistry(policy, time);
    final RegistrationRules rules = new RegistrationRules(policy, JSON);
    final AgentService service = new AgentService(registry,
            new AgentTokens(new TokenCodec(new byte[32]), registry, new CaffeineAgentTokenStore(policy, time)), rules,
            new RegistryMetrics(new MetricRegistry()), time, time);

    /** The {@code field} of every entry of the problem's {@code validation_errors}. */
    @SuppressWarnings("unchecked")
    static List<String> fields(ProblemException e) {
        Object errors = e.problem().extensions().get("validation_errors");
        if (!(errors instanceof List<?> list)) {
            return fail("no validation_errors in " + e.problem());
        }
        return list.stream().map(item -> ((Map<String, String>) item).get("field")).toList();
    }
}
