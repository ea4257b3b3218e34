package tech.arcp.registry.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import tech.arcp.login.LoginThrottle;
import tech.arcp.login.Throttle;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemException;
import tech.arcp.problem.ProblemType;
import tech.arcp.registry.rules.FieldErrors;
import tech.arcp.registry.rules.RegistrationRules;
import tech.arcp.registry.rules.Text;

/**
 * {@code POST /auth/agent/request_temp_token}: checks the agent key in constant time and issues a
 * temp token good only for registering the named agent. Every failure counts against the client
 * IP on its own {@link Throttle} ({@code agents.tokenThrottle}); a locked IP gets 429 before anything
 * is checked.
 */
public final class AgentLogin {
    private final AgentKeys keys;
    private final AgentTokens tokens;
    private final Throttle throttle;

    public AgentLogin(AgentKeys keys, AgentTokens tokens, Throttle throttle) {
        this.keys = keys;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** The temp token; throws 400/401/422/429 problems. */
    public String requestTempToken(JsonNode body, String clientIp) {
        long locked = throttle.lockedFor(clientIp);
        if (locked > 0) {
            throw LoginThrottle.limited("agent_token", "Too many failed agent token requests; try again later",
                    locked);
        }
        try {
            return issue(body);
        } catch (ProblemException e) {
            throttle.failed(clientIp);
            throw e;
        }
    }

    private String issue(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        if (body == null || !body.isObject()) {
            throw Problem.of(ProblemType.INVALID_INPUT, "agent_id, agent_type and agent_key are required").exception();
        }
        String agentId = errors.string(body, "agent_id", true, 3, 100, RegistrationRules.ID);
        errors.string(body, "agent_type", true, 2, 50, RegistrationRules.ID);
        errors.throwIfAny("The temporary token request did not pass validation");
        JsonNode key = body.get("agent_key");
        String agentKey = key != null && key.isTextual() ? Text.strip(key.asText()) : "";
        if (agentKey.length() < AgentKeys.MIN_KEY_LENGTH) {
            throw Problem.of(ProblemType.INVALID_INPUT, "agent_key too short (minimum 10 characters required)")
                    .exception();
        }
        if (!keys.matches(agentKey)) {
            throw Problem.of(ProblemType.AUTHENTICATION_FAILED, "Invalid agent registration key").exception();
        }
        return tokens.issueTemp(agentId);
    }
}
