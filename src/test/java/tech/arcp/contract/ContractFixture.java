package tech.arcp.contract;

import java.util.Arrays;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;

/**
 * What the contract calls act on, made before them against the running app: three sessions of
 * one admin and two of another (sessions that calls end are their own), one registered agent
 * with its token, a temp token for a second agent, and the console's asset path.
 */
record ContractFixture(ContractFixture.Session admin, ContractFixture.Session other, ContractFixture.Session opsLogout,
                       ContractFixture.Session opsRefresh, ContractFixture.Session opsLogoutAll, String agentToken,
                       String newAgentTempToken, String consoleAsset) {
    static final String AGENT = "contract-agent-001";
    static final String NEW_AGENT = "contract-agent-002";
    static final String PIN = "4729";

    static ContractFixture prepare(Http http) {
        String agentToken = http.post("/agents/register", AgentBodies.json(AgentBodies.registration(AGENT)),
                "Authorization", "Bearer " + tempToken(http, AGENT)).json().path("access_token").asText();
        String page = http.get("/dashboard").body();
        int at = page.indexOf("/dashboard/assets/");
        return new ContractFixture(
                Session.open(http, TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "fp-contract-admin"),
                Session.open(http, TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "fp-contract-other"),
                Session.open(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-contract-ops-1"),
                Session.open(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-contract-ops-2"),
                Session.open(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-contract-ops-3"),
                agentToken, tempToken(http, NEW_AGENT), page.substring(at, page.indexOf('"', at)));
    }

    private static String tempToken(Http http, String agentId) {
        return http.post("/auth/agent/request_temp_token", "{\"agent_id\":\"" + agentId
                + "\",\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}")
                .json().path("temp_token").asText();
    }


    /** A signed-in admin session and the headers that carry it. */
    record Session(String token, String fingerprint, String id) {
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
