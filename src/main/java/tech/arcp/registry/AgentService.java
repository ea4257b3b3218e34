package tech.arcp.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemException;
import tech.arcp.problem.ProblemType;
import tech.arcp.registry.rules.AgentMetrics;
import tech.arcp.registry.rules.MetricsRules;
import tech.arcp.registry.rules.Registration;
import tech.arcp.registry.rules.RegistrationRules;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.registry.tokens.Caller;

/**
 * The registry's writes with their rules (REGISTRY.md): register, heartbeat, metrics update and
 * unregister, each checked against the {@link Caller}. Knows nothing of HTTP; every refusal is a
 * {@link ProblemException}: 403 {@code insufficient-permissions}, 404 {@code agent-not-found},
 * 409 {@code duplicate-agent}, 422 {@code validation-failed}.
 */
public final class AgentService {
    private final AgentRegistry registry;
    private final AgentTokens tokens;
    private final RegistrationRules rules;
    private final MetricsRules metricsRules = new MetricsRules();
    private final RegistryMetrics metrics;
    private final Ticker ticker;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AgentService(AgentRegistry registry, AgentTokens tokens, RegistrationRules rules, RegistryMetrics metrics,
                        Ticker ticker, Clock clock) {
        this.registry = registry;
        this.tokens = tokens;
        this.rules = rules;
        this.metrics = metrics;
        this.ticker = ticker;
        this.clock = clock;
    }

    /** Registers (or re-registers a dead) agent and issues its access token. */
    public Registered register(Caller caller, JsonNode body) {
        Registration registration = rules.validate(body);
        if (!caller.mayRegister(registration.agentId())) {
            throw forbidden("This token may only register agent " + caller.id());
        }
        Instant now = clock.instant();
        AgentRecord fresh = new AgentRecord(registration, random.nextLong(), now, ticker.read(), now,
                AgentMetrics.initial(now));
        AgentRecord stored = registry.register(fresh).orElseThrow(() -> Problem.of(ProblemType.DUPLICATE_AGENT,
                "Agent " + registration.agentId() + " is already registered and alive").exception());
        metrics.registered();
        return new Registered(stored, tokens.issueAccess(stored.agentId(), stored.generation()));
    }

    /** Marks the agent seen now, reviving it when it was dead. */
    public AgentRecord heartbeat(Caller caller, String agentId) {
        checkActsOn(caller, agentId);
        AgentRecord seen = registry.update(agentId, r -> r.seen(ticker.read(), clock.instant()))
                .orElseThrow(() -> notFound(agentId));
        metrics.heartbeat();
        return seen;
    }

    /** Applies a partial metrics update; sets {@code last_active}, not {@code last_seen}. */
    public AgentRecord updateMetrics(Caller caller, String agentId, JsonNode body) {
        checkActsOn(caller, agentId);
        AgentRecord current = registry.find(agentId).orElseThrow(() -> notFound(agentId));
        metricsRules.apply(current.metrics(), body, clock.instant()); // validate before any write
        return registry.update(agentId, r -> r.withMetrics(metricsRules.apply(r.metrics(), body, clock.instant())))
                .orElseThrow(() -> notFound(agentId));
    }

    /** Removes the agent; its access tokens stop working at once. */
    public AgentRecord unregister(Caller caller, String agentId) {
        checkActsOn(caller, agentId);
        return registry.remove(agentId).orElseThrow(() -> notFound(agentId));
    }

    private static void checkActsOn(Caller caller, String agentId) {
        if (!caller.mayActOn(agentId)) {
            throw forbidden(caller.role() == Caller.Role.TEMP ? "A temporary token may only register an agent"
                    : "An agent token may only act on its own agent");
        }
    }

    static ProblemException forbidden(String detail) {
        return Problem.of(ProblemType.INSUFFICIENT_PERMISSIONS, detail).exception();
    }

    static ProblemException notFound(String agentId) {
        return Problem.of(ProblemType.AGENT_NOT_FOUND, "Agent " + printable(agentId) + " not found")
                .with("agent_id", printable(agentId)).exception();
    }

    /** An id as it may be echoed: only when it is a well-formed id. */
    static String printable(String agentId) {
        return agentId != null && agentId.length() <= 100 && RegistrationRules.ID.matcher(agentId).matches()
                ? agentId : "(malformed id)";
    }

    /** A registration and its access token (shown once). */
    public record Registered(AgentRecord record, String accessToken) {
        @Override
        public String toString() {
            return "Registered[" + record.agentId() + "]";
        }
    }
}
