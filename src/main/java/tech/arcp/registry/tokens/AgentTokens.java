package tech.arcp.registry.tokens;

import java.util.Optional;
import tech.arcp.registry.tokens.AgentTokenStore.Grant;
import tech.arcp.session.SessionKey;
import tech.arcp.session.TokenCodec;

/**
 * Temp tokens and agent access tokens: opaque tokens of the admin {@link TokenCodec} (same format
 * and MAC), all carrying one reserved tag so that any of them is recognised without a lookup, and
 * held in an {@link AgentTokenStore} by the SHA-256 digest of the token (never the token). Temp tokens live exactly
 * {@code tempTokenLifetime}; access tokens end after {@code tokenIdleTimeout} without use, and
 * whenever their agent is removed or registers again (its generation changes).
 */
public final class AgentTokens {
    public static final String FAMILY = "\u0000arcp-agent-tokens";

    private final TokenCodec codec;
    private final AgentGenerations generations;
    private final int familyTag;
    private final AgentTokenStore store;

    public AgentTokens(TokenCodec codec, AgentGenerations generations, AgentTokenStore store) {
        this.codec = codec;
        this.generations = generations;
        this.familyTag = codec.userTag(FAMILY);
        this.store = store;
    }

    /** A temp token good only for registering {@code agentId}. */
    public String issueTemp(String agentId) {
        TokenCodec.IssuedToken issued = codec.issue(FAMILY);
        store.putTemp(issued.key(), agentId);
        return issued.token();
    }

    /** An access token for one registration (generation) of an agent. */
    public String issueAccess(String agentId, long generation) {
        TokenCodec.IssuedToken issued = codec.issue(FAMILY);
        store.putAccess(issued.key(), new Grant(agentId, generation));
        return issued.token();
    }

    /**
     * The caller a live temp or access token stands for; using an access token restarts its idle
     * timer. Empty for anything else, including revoked, expired and admin tokens.
     */
    public Optional<Caller> authenticate(String token) {
        Optional<SessionKey> key = codec.decode(token).filter(k -> k.userTag() == familyTag);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> tempAgent = store.temp(key.get());
        if (tempAgent.isPresent()) {
            return Optional.of(Caller.temp(tempAgent.get()));
        }
        Grant grant = store.access(key.get()).orElse(null);
        if (grant == null) {
            return Optional.empty();
        }
        boolean current = generations.generation(grant.agentId()).map(g -> g == grant.generation()).orElse(false);
        if (!current) {
            store.revoke(key.get());
            return Optional.empty();
        }
        return Optional.of(Caller.agent(grant.agentId()));
    }

    /** Whether a token is of this family (valid MAC and the reserved tag), live or not. */
    public boolean isAgentToken(String token) {
        return codec.decode(token).filter(k -> k.userTag() == familyTag).isPresent();
    }
}
