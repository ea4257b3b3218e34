package tech.arcp.contract;

import static tech.arcp.contract.ContractCall.bad;
import static tech.arcp.contract.ContractCall.ok;
import static tech.arcp.contract.ContractFixture.AGENT;
import static tech.arcp.contract.ContractFixture.NEW_AGENT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import tech.arcp.testing.AgentBodies;

/** The contract calls of the agent registry (REGISTRY.md): temp token, registration, the agent's calls, discovery. */
final class AgentCalls {
    private static final String XML = "application/xml";

    private AgentCalls() {
    }

    static void agents(ContractFixture fixture, List<ContractCall> calls) {
        String[] agent = {"Authorization", "Bearer " + fixture.agentToken()};
        String temp = "{\"agent_id\":\"contract-agent-003\",\"agent_type\":\"testing\",\"agent_key\":\""
                + AgentBodies.KEY + "\"}";
        calls.add(ok("POST /auth/agent/request_temp_token", "agent key", "/auth/agent/request_temp_token", temp));
        calls.add(bad("POST /auth/agent/request_temp_token", "wrong agent key", 401, "/auth/agent/request_temp_token",
                temp.replace(AgentBodies.KEY, "wrong-agent-key-000000")));
        calls.add(bad("POST /auth/agent/validate_compliance", "not enabled", 400, "/auth/agent/validate_compliance",
                "{\"agent_id\":\"" + AGENT + "\"}", agent));
        calls.add(bad("POST /auth/agent/validate_compliance", "no token", 401, "/auth/agent/validate_compliance",
                "{\"agent_id\":\"" + AGENT + "\"}"));
        ObjectNode invalid = AgentBodies.registration(NEW_AGENT);
        invalid.put("endpoint", "ftp://example");
        String[] temporary = {"Authorization", "Bearer " + fixture.newAgentTempToken()};
        calls.add(bad("POST /agents/register", "invalid endpoint", 422, "/agents/register", AgentBodies.json(invalid),
                temporary));
        ObjectNode minimal = AgentBodies.registration(NEW_AGENT);
        minimal.remove(List.of("features", "max_tokens", "language_support", "rate_limit", "requirements",
                "policy_tags", "ai_context"));
        calls.add(ok("POST /agents/register", "required members only", "/agents/register", AgentBodies.json(minimal),
                temporary));
        calls.add(bad("POST /agents/register", "already registered", 409, "/agents/register",
                AgentBodies.json(AgentBodies.registration(AGENT)), fixture.admin().headers()));
        calls.add(ok("GET /agents", "agent token", "/agents?include_metrics=true", null, agent));
        calls.add(bad("GET /agents", "unknown status", 422, "/agents?status=sleeping", null, agent));
        calls.add(ok("GET /agents/{agent_id}", "agent token", "/agents/" + AGENT, null, agent));
        calls.add(ok("GET /agents/{agent_id}", "without metrics", "/agents/" + AGENT + "?include_metrics=false", null,
                agent));
        calls.add(ok("GET /agents/{agent_id}", "registered without optional members", "/agents/" + NEW_AGENT, null,
                fixture.admin().headers()));
        calls.add(bad("GET /agents/{agent_id}", "include_metrics=maybe", 422,
                "/agents/" + AGENT + "?include_metrics=maybe", null, agent));
        calls.add(bad("GET /agents/{agent_id}", "unknown agent", 404, "/agents/no-such-agent", null, agent));
        calls.add(ok("POST /agents/{agent_id}/heartbeat", "own id", "/agents/" + AGENT + "/heartbeat", null, agent));
        calls.add(bad("POST /agents/{agent_id}/heartbeat", "another agent", 403,
                "/agents/" + NEW_AGENT + "/heartbeat", null, agent));
        calls.add(ok("POST /agents/{agent_id}/metrics", "metrics", "/agents/" + AGENT + "/metrics",
                "{\"success_rate\":0.95,\"avg_response_time\":0.25,\"total_requests\":40}", agent));
        calls.add(bad("POST /agents/{agent_id}/metrics", "a rate as text", 422, "/agents/" + AGENT + "/metrics",
                "{\"success_rate\":\"high\"}", agent));
        calls.add(ok("GET /agents/{agent_id}/metrics", "own id", "/agents/" + AGENT + "/metrics", null, agent));
        calls.add(bad("GET /agents/{agent_id}/metrics", "unknown agent", 404, "/agents/no-such-agent/metrics", null,
                fixture.admin().headers()));
        calls.add(ok("GET /agents/stats", "admin", "/agents/stats", null, fixture.admin().headers()));
        calls.add(bad("GET /agents/stats", "agent token", 403, "/agents/stats", null, agent));
    }

    static void publicAgents(List<ContractCall> calls) {
        calls.add(ok("GET /public/discover", "by type", "/public/discover?agent_type=testing&limit=5", null));
        calls.add(bad("GET /public/discover", "limit=0", 422, "/public/discover?limit=0", null));
        calls.add(ok("GET /public/agent/{agent_id}", "alive agent", "/public/agent/" + AGENT, null));
        calls.add(bad("GET /public/agent/{agent_id}", "unknown agent", 404, "/public/agent/no-such-agent", null));
        calls.add(ok("GET /public/stats", "stats", "/public/stats"));
        calls.add(bad("GET /public/stats", "asks for XML", 406, "/public/stats", null, "Accept", XML));
        calls.add(ok("GET /public/agent_types", "types", "/public/agent_types"));
        calls.add(bad("GET /public/agent_types", "asks for XML", 406, "/public/agent_types", null, "Accept", XML));
    }
}
