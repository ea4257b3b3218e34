package tech.arcp.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;

/**
 * One call with accepted and one with refused input for every operation of the API, in an order
 * that leaves the calls that end things (logout, unregister, revoke, refresh) to the end. Built
 * against a running app: {@link #against} signs in two admins and registers one agent first.
 */
final class ContractCalls {
    /** Operations that take no input a caller could get wrong: their pages are the same for everyone. */
    static final Set<String> NO_INPUT = Set.of("GET /docs", "GET /redoc", "GET /dashboard");
    /** Three-phase registration is not enabled: every call is answered {@code tpr-disabled}. */
    static final Set<String> ALWAYS_REFUSED = Set.of("POST /auth/agent/validate_compliance");

    private static final String AGENT = "contract-agent-001";
    private static final String NEW_AGENT = "contract-agent-002";
    private static final String PIN = "4729";
    private static final String XML = "application/xml";

    /** A request and the status it must get; {@code accepted} says which kind of input it carries. */
    record Call(String operation, String label, boolean accepted, int status, String path, String body,
                List<String> headers) {
        String method() {
            return operation.split(" ", 2)[0];
        }

        @Override
        public String toString() {
            return method() + " " + path + " (" + label + ")";
        }
    }

    private final Http http;
    private final Session admin;
    private final Session other;
    private final Session opsLogout;
    private final Session opsRefresh;
    private final Session opsLogoutAll;
    private final String agentToken;
    private final String newAgentTempToken;
    private final String consoleAsset;

    private ContractCalls(Http http) {
        this.http = http;
        this.admin = Session.open(http, TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "fp-contract-admin");
        this.other = Session.open(http, TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "fp-contract-other");
        this.opsLogout = Session.open(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-contract-ops-1");
        this.opsRefresh = Session.open(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-contract-ops-2");
        this.opsLogoutAll = Session.open(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-contract-ops-3");
        this.agentToken = http.post("/agents/register", AgentBodies.json(AgentBodies.registration(AGENT)),
                "Authorization", "Bearer " + tempToken(http, AGENT)).json().path("access_token").asText();
        this.newAgentTempToken = tempToken(http, NEW_AGENT);
        String page = http.get("/dashboard").body();
        int at = page.indexOf("/dashboard/assets/");
        this.consoleAsset = page.substring(at, page.indexOf('"', at));
    }

    static ContractCalls against(Http http) {
        return new ContractCalls(http);
    }

    Http.Reply send(Call call) {
        return http.send(call.method(), call.path(), call.body(), call.headers().toArray(String[]::new));
    }

    /** Every call, in the order they must be sent. */
    List<Call> all() {
        List<Call> calls = new ArrayList<>();
        service(calls);
        sessions(calls);
        settings(calls);
        agents(calls);
        publicAgents(calls);
        pages(calls);
        endings(calls);
        return calls;
    }

    private void service(List<Call> calls) {
        calls.add(ok("GET /", "banner", "/"));
        calls.add(bad("GET /", "asks for XML", 406, "/", null, "Accept", XML));
        calls.add(ok("GET /health", "health", "/health"));
        calls.add(bad("GET /health", "asks for XML", 406, "/health", null, "Accept", XML));
        calls.add(ok("GET /openapi.json", "document", "/openapi.json"));
        calls.add(bad("GET /openapi.json", "asks for XML", 406, "/openapi.json", null, "Accept", XML));
        calls.add(ok("GET /openapi.yaml", "document", "/openapi.yaml"));
        calls.add(bad("GET /openapi.yaml", "asks for XML", 406, "/openapi.yaml", null, "Accept", XML));
        calls.add(ok("GET /metrics", "admin", "/metrics", null, admin.headers()));
        calls.add(bad("GET /metrics", "no token", 401, "/metrics", null));
        calls.add(ok("GET /metrics/scrape", "scrape token", "/metrics/scrape", null,
                "Authorization", "Bearer test-scrape-token-0123456789"));
        calls.add(bad("GET /metrics/scrape", "wrong scrape token", 403, "/metrics/scrape", null,
                "Authorization", "Bearer wrong-scrape-token-000000000"));
    }

    private void sessions(List<Call> calls) {
        String login = "{\"username\":\"" + TestApps.ADMIN + "\",\"password\":\"" + TestApps.ADMIN_PASSWORD + "\"}";
        calls.add(ok("POST /auth/login", "right password", "/auth/login", login, "X-Client-Fingerprint", "fp-login"));
        calls.add(bad("POST /auth/login", "wrong password", 401, "/auth/login",
                "{\"username\":\"ARCP\",\"password\":\"wrong-password\"}", "X-Client-Fingerprint", "fp-login"));
        calls.add(bad("POST /auth/login", "no user name", 422, "/auth/login", "{\"password\":\"x\"}",
                "X-Client-Fingerprint", "fp-login"));
        calls.add(bad("POST /auth/login", "not JSON", 415, "/auth/login", login, "X-Client-Fingerprint", "fp-login",
                "Content-Type", "text/plain"));
        calls.add(ok("GET /auth/session_status", "admin", "/auth/session_status", null, admin.headers()));
        calls.add(bad("GET /auth/session_status", "no token", 401, "/auth/session_status", null));
        calls.add(ok("GET /auth/sessions", "admin", "/auth/sessions", null, admin.headers()));
        calls.add(bad("GET /auth/sessions", "another fingerprint", 401, "/auth/sessions", null,
                "Authorization", "Bearer " + admin.token(), "X-Client-Fingerprint", "fp-somebody-else"));
        calls.add(ok("GET /auth/pin_status", "admin", "/auth/pin_status", null, admin.headers()));
        calls.add(bad("GET /auth/pin_status", "no token", 401, "/auth/pin_status", null));
        calls.add(bad("POST /auth/set_pin", "weak PIN", 422, "/auth/set_pin", "{\"pin\":\"1111\"}", admin.headers()));
        calls.add(ok("POST /auth/set_pin", "PIN", "/auth/set_pin", "{\"pin\":\"" + PIN + "\"}", admin.headers()));
        calls.add(bad("POST /auth/verify_pin", "wrong PIN", 401, "/auth/verify_pin", "{\"pin\":\"9999\"}",
                admin.headers()));
        calls.add(ok("POST /auth/verify_pin", "PIN", "/auth/verify_pin", "{\"pin\":\"" + PIN + "\"}", admin.headers()));
        calls.add(ok("GET /tokens/validate", "admin", "/tokens/validate", null, admin.headers()));
        calls.add(bad("GET /tokens/validate", "no token", 401, "/tokens/validate", null));
        calls.add(ok("POST /tokens/validate", "a live token", "/tokens/validate?token=" + admin.token(), null));
        calls.add(bad("POST /tokens/validate", "not a token", 200, "/tokens/validate?token=arcp.garbage", null));
    }

    private void settings(List<Call> calls) {
        calls.add(ok("GET /dashboard/config", "admin", "/dashboard/config", null, admin.headers()));
        calls.add(bad("GET /dashboard/config", "no token", 401, "/dashboard/config", null));
        String change = "{\"idle_timeout\":3600,\"max_per_user\":5}";
        calls.add(bad("POST /dashboard/config", "no PIN", 400, "/dashboard/config", change, admin.headers()));
        calls.add(bad("POST /dashboard/config", "idle timeout too short", 422, "/dashboard/config",
                "{\"idle_timeout\":1}", admin.headers("X-Session-Pin", PIN)));
        calls.add(ok("POST /dashboard/config", "with the PIN", "/dashboard/config", change,
                admin.headers("X-Session-Pin", PIN)));
    }

    private void agents(List<Call> calls) {
        String[] agent = {"Authorization", "Bearer " + agentToken};
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
        String[] temporary = {"Authorization", "Bearer " + newAgentTempToken};
        calls.add(bad("POST /agents/register", "invalid endpoint", 422, "/agents/register", AgentBodies.json(invalid),
                temporary));
        ObjectNode minimal = AgentBodies.registration(NEW_AGENT);
        minimal.remove(List.of("features", "max_tokens", "language_support", "rate_limit", "requirements",
                "policy_tags", "ai_context"));
        calls.add(ok("POST /agents/register", "required members only", "/agents/register", AgentBodies.json(minimal),
                temporary));
        calls.add(bad("POST /agents/register", "already registered", 409, "/agents/register",
                AgentBodies.json(AgentBodies.registration(AGENT)), admin.headers()));
        calls.add(ok("GET /agents", "agent token", "/agents?include_metrics=true", null, agent));
        calls.add(bad("GET /agents", "unknown status", 422, "/agents?status=sleeping", null, agent));
        calls.add(ok("GET /agents/{agent_id}", "agent token", "/agents/" + AGENT, null, agent));
        calls.add(ok("GET /agents/{agent_id}", "without metrics", "/agents/" + AGENT + "?include_metrics=false", null,
                agent));
        calls.add(ok("GET /agents/{agent_id}", "registered without optional members", "/agents/" + NEW_AGENT, null,
                admin.headers()));
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
                admin.headers()));
        calls.add(ok("GET /agents/stats", "admin", "/agents/stats", null, admin.headers()));
        calls.add(bad("GET /agents/stats", "agent token", 403, "/agents/stats", null, agent));
    }

    private void publicAgents(List<Call> calls) {
        calls.add(ok("GET /public/discover", "by type", "/public/discover?agent_type=testing&limit=5", null));
        calls.add(bad("GET /public/discover", "limit=0", 422, "/public/discover?limit=0", null));
        calls.add(ok("GET /public/agent/{agent_id}", "alive agent", "/public/agent/" + AGENT, null));
        calls.add(bad("GET /public/agent/{agent_id}", "unknown agent", 404, "/public/agent/no-such-agent", null));
        calls.add(ok("GET /public/stats", "stats", "/public/stats"));
        calls.add(bad("GET /public/stats", "asks for XML", 406, "/public/stats", null, "Accept", XML));
        calls.add(ok("GET /public/agent_types", "types", "/public/agent_types"));
        calls.add(bad("GET /public/agent_types", "asks for XML", 406, "/public/agent_types", null, "Accept", XML));
    }

    private void pages(List<Call> calls) {
        calls.add(ok("GET /docs", "Swagger UI", "/docs"));
        calls.add(ok("GET /redoc", "ReDoc", "/redoc"));
        calls.add(ok("GET /docs/assets/{name}", "stylesheet", "/docs/assets/swagger-ui.css"));
        calls.add(ok("GET /docs/assets/{name}", "script", "/docs/assets/docs-init.js"));
        calls.add(bad("GET /docs/assets/{name}", "unknown asset", 404, "/docs/assets/nothing.js", null));
        calls.add(ok("GET /dashboard", "console", "/dashboard"));
        calls.add(ok("GET /dashboard/assets/{version}/{name}", "module", consoleAsset));
        calls.add(bad("GET /dashboard/assets/{version}/{name}", "unknown asset", 404,
                "/dashboard/assets/0.0.0/nothing.js", null));
    }

    /** The calls that end what other calls use: last. */
    private void endings(List<Call> calls) {
        calls.add(bad("POST /tokens/refresh", "no token", 401, "/tokens/refresh", null));
        calls.add(ok("POST /tokens/refresh", "ops", "/tokens/refresh", null, opsRefresh.headers()));
        calls.add(bad("DELETE /auth/sessions/{session_id}", "another session without the PIN", 400,
                "/auth/sessions/" + other.id(), null, admin.headers()));
        calls.add(bad("DELETE /auth/sessions/{session_id}", "unknown session", 404, "/auth/sessions/no-such-session",
                null, admin.headers("X-Session-Pin", PIN)));
        calls.add(ok("DELETE /auth/sessions/{session_id}", "another session with the PIN",
                "/auth/sessions/" + other.id(), null, admin.headers("X-Session-Pin", PIN)));
        calls.add(bad("DELETE /agents/{agent_id}", "unknown agent", 404, "/agents/no-such-agent", null,
                admin.headers()));
        calls.add(ok("DELETE /agents/{agent_id}", "own id", "/agents/" + AGENT, null,
                "Authorization", "Bearer " + agentToken));
        calls.add(bad("POST /auth/logout", "no token", 401, "/auth/logout", null));
        calls.add(ok("POST /auth/logout", "ops", "/auth/logout", null, opsLogout.headers()));
        calls.add(bad("POST /auth/logout_all", "an ended session", 401, "/auth/logout_all", null, opsLogout.headers()));
        calls.add(ok("POST /auth/logout_all", "ops", "/auth/logout_all", null, opsLogoutAll.headers()));
    }

    private static Call ok(String operation, String label, String path, String body, String... headers) {
        return new Call(operation, label, true, operation.startsWith("DELETE /auth") ? 204 : 200, path, body,
                Arrays.asList(headers));
    }

    private static Call ok(String operation, String label, String path) {
        return ok(operation, label, path, null);
    }

    private static Call bad(String operation, String label, int status, String path, String body, String... headers) {
        return new Call(operation, label, false, status, path, body, Arrays.asList(headers));
    }

    private static String tempToken(Http http, String agentId) {
        return http.post("/auth/agent/request_temp_token", "{\"agent_id\":\"" + agentId
                + "\",\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}")
                .json().path("temp_token").asText();
    }

    /** A signed-in admin session and the headers that carry it. */
    private record Session(String token, String fingerprint, String id) {
        static Session open(Http http, String user, String password, String fingerprint) {
            Http.Reply reply = http.post("/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + password
                    + "\"}", "X-Client-Fingerprint", fingerprint);
            if (reply.status() != 200) {
                throw new AssertionError("login failed: " + reply.status() + " " + reply.body());
            }
            return new Session(reply.json().path("access_token").asText(), fingerprint,
                    reply.json().path("session_id").asText());
        }

        String[] headers(String... more) {
            String[] all = Arrays.copyOf(new String[] {"Authorization", "Bearer " + token,
                "X-Client-Fingerprint", fingerprint}, 4 + more.length);
            System.arraycopy(more, 0, all, 4, more.length);
            return all;
        }
    }
}
