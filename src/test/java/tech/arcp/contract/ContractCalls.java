package tech.arcp.contract;

import static tech.arcp.contract.ContractCall.bad;
import static tech.arcp.contract.ContractCall.ok;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;

/**
 * One call with accepted and one with refused input for every operation of the API, in an order
 * that leaves the calls that end things (logout, unregister, revoke, refresh) to the end. Built
 * against a running app ({@link ContractFixture}); the agent registry's calls are {@link AgentCalls}.
 */
final class ContractCalls {
    /** Operations that take no input a caller could get wrong: their pages are the same for everyone. */
    static final Set<String> NO_INPUT = Set.of("GET /docs", "GET /redoc", "GET /dashboard");
    /** Three-phase registration is not enabled: every call is answered {@code tpr-disabled}. */
    static final Set<String> ALWAYS_REFUSED = Set.of("POST /auth/agent/validate_compliance");

    static final String PIN = ContractFixture.PIN;
    private static final String XML = "application/xml";

    private final Http http;
    private final ContractFixture fixture;
    private final ContractFixture.Session admin;

    private ContractCalls(Http http) {
        this.http = http;
        this.fixture = ContractFixture.prepare(http);
        this.admin = fixture.admin();
    }

    /** Signs in two admins (five sessions) and registers one agent, then holds the calls. */
    static ContractCalls against(Http http) {
        return new ContractCalls(http);
    }

    Http.Reply send(ContractCall call) {
        return http.send(call.method(), call.path(), call.body(), call.headers().toArray(String[]::new));
    }

    /** Every call, in the order they must be sent. */
    List<ContractCall> all() {
        List<ContractCall> calls = new ArrayList<>();
        service(calls);
        sessions(calls);
        settings(calls);
        AgentCalls.agents(fixture, calls);
        AgentCalls.publicAgents(calls);
        pages(calls);
        endings(calls);
        return calls;
    }

    private void service(List<ContractCall> calls) {
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

    private void sessions(List<ContractCall> calls) {
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

    private void settings(List<ContractCall> calls) {
        calls.add(ok("GET /dashboard/config", "admin", "/dashboard/config", null, admin.headers()));
        calls.add(bad("GET /dashboard/config", "no token", 401, "/dashboard/config", null));
        String change = "{\"idle_timeout\":3600,\"max_per_user\":5}";
        calls.add(bad("POST /dashboard/config", "no PIN", 400, "/dashboard/config", change, admin.headers()));
        calls.add(bad("POST /dashboard/config", "idle timeout too short", 422, "/dashboard/config",
                "{\"idle_timeout\":1}", admin.headers("X-Session-Pin", PIN)));
        calls.add(ok("POST /dashboard/config", "with the PIN", "/dashboard/config", change,
                admin.headers("X-Session-Pin", PIN)));
    }



    private void pages(List<ContractCall> calls) {
        calls.add(ok("GET /docs", "Swagger UI", "/docs"));
        calls.add(ok("GET /redoc", "ReDoc", "/redoc"));
        calls.add(ok("GET /docs/assets/{name}", "stylesheet", "/docs/assets/swagger-ui.css"));
        calls.add(ok("GET /docs/assets/{name}", "script", "/docs/assets/docs-init.js"));
        calls.add(bad("GET /docs/assets/{name}", "unknown asset", 404, "/docs/assets/nothing.js", null));
        calls.add(ok("GET /dashboard", "console", "/dashboard"));
        calls.add(ok("GET /dashboard/assets/{version}/{name}", "module", fixture.consoleAsset()));
        calls.add(bad("GET /dashboard/assets/{version}/{name}", "unknown asset", 404,
                "/dashboard/assets/0.0.0/nothing.js", null));
    }

    /** The calls that end what fixture.other() calls use: last. */
    private void endings(List<ContractCall> calls) {
        calls.add(bad("POST /tokens/refresh", "no token", 401, "/tokens/refresh", null));
        calls.add(ok("POST /tokens/refresh", "ops", "/tokens/refresh", null, fixture.opsRefresh().headers()));
        calls.add(bad("DELETE /auth/sessions/{session_id}", "another session without the PIN", 400,
                "/auth/sessions/" + fixture.other().id(), null, admin.headers()));
        calls.add(bad("DELETE /auth/sessions/{session_id}", "unknown session", 404, "/auth/sessions/no-such-session",
                null, admin.headers("X-Session-Pin", PIN)));
        calls.add(ok("DELETE /auth/sessions/{session_id}", "another session with the PIN",
                "/auth/sessions/" + fixture.other().id(), null, admin.headers("X-Session-Pin", PIN)));
        calls.add(bad("DELETE /agents/{agent_id}", "unknown agent", 404, "/agents/no-such-agent", null,
                admin.headers()));
        calls.add(ok("DELETE /agents/{agent_id}", "own id", "/agents/" + ContractFixture.AGENT, null,
                "Authorization", "Bearer " + fixture.agentToken()));
        calls.add(bad("POST /auth/logout", "no token", 401, "/auth/logout", null));
        calls.add(ok("POST /auth/logout", "ops", "/auth/logout", null, fixture.opsLogout().headers()));
        calls.add(bad("POST /auth/logout_all", "an ended session", 401, "/auth/logout_all", null,
                fixture.opsLogout().headers()));
        calls.add(ok("POST /auth/logout_all", "ops", "/auth/logout_all", null, fixture.opsLogoutAll().headers()));
    }

}
