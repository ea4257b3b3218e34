package tech.arcp.registry.tokens;

import java.util.Optional;
import tech.arcp.session.SessionKey;

/**
 * Where {@link AgentTokens} keeps its tokens, by the token's digest (never the token). Temp tokens
 * end {@code tempTokenLifetime} after issue; access tokens end {@code tokenIdleTimeout} after
 * their last use. An absent, expired or revoked token is {@link Optional#empty()}. A shared store
 * throws {@link tech.arcp.session.SessionStoreUnavailableException} when it cannot answer.
 */
public interface AgentTokenStore {

    void putTemp(SessionKey key, String agentId);

    /** The agent a live temp token may register. */
    Optional<String> temp(SessionKey key);

    void putAccess(SessionKey key, Grant grant);

    /** The grant of a live access token; restarts its idle timer. */
    Optional<Grant> access(SessionKey key);

    void revoke(SessionKey key);

    /** An access token's agent and the registration (generation) it was issued to. */
    record Grant(String agentId, long generation) {
    }
}
