package tech.arcp.registry;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;
import tech.arcp.registry.AgentTokenStore.Grant;
import tech.arcp.registry.caffeine.CaffeineAgentTokenStore;
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
    static final String FAMILY = "\u0000arcp-agent-tokens";

    private final TokenCodec codec;
    private final AgentRegistry registry;
    private final int familyTag;
    private final AgentTokenStore store;

    /** Tokens held in this process (Caffeine). */
    public AgentTokens(TokenCodec codec, AgentRegistry registry, AgentPolicy policy, Ticker ticker) {
        this(codec, registry, new CaffeineAgentTokenStore(policy, ticker));
    }

    public AgentTokens(TokenCodec codec, AgentRegistry registry, AgentTokenStore store) {
        this.codec = codec;
        this.registry = registry;
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
    public String issueAccess(AgentRecord record) {
        TokenCodec.IssuedToken issued = codec.issue(FAMILY);
        store.putAccess(issued.key(), new Grant(record.agentId(), record.generation()));
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
        boolean current = registry.find(grant.agentId()).map(r -> r.generation() == grant.generation()).orElse(false);
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
