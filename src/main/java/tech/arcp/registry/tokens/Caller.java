package tech.arcp.registry.tokens;

/**
 * Who makes a registry call, as the auth layer established it (REGISTRY.md "Who may do what").
 *
 * @param role what the credential is
 * @param id   the admin user, or the agent id the temp or access token was issued for
 */
public record Caller(Role role, String id) {

    public enum Role { ADMIN, TEMP, AGENT }

    public static Caller admin(String user) {
        return new Caller(Role.ADMIN, user);
    }

    public static Caller temp(String agentId) {
        return new Caller(Role.TEMP, agentId);
    }

    public static Caller agent(String agentId) {
        return new Caller(Role.AGENT, agentId);
    }

    /** Admins register anything; a temp or access token only its own agent id. */
    public boolean mayRegister(String agentId) {
        return role == Role.ADMIN || id.equals(agentId);
    }

    /** Heartbeat, metrics update, delete: admins, or the agent's own access token. */
    public boolean mayActOn(String agentId) {
        return role == Role.ADMIN || (role == Role.AGENT && id.equals(agentId));
    }

    /** Reads of any agent: admins and agents, not temp tokens. */
    public boolean mayRead() {
        return role != Role.TEMP;
    }
}
