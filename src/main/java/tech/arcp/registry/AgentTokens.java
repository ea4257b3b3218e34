package tech.arcp.registry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;
import tech.arcp.session.SessionKey;
import tech.arcp.session.TokenCodec;

/**
 * Temp tokens and agent access tokens: opaque tokens of the admin {@link TokenCodec} (same format
 * and MAC), all carrying one reserved tag so that any of them is recognised without a lookup, and
 * held by the SHA-256 digest of the token (never the token). Temp tokens live exactly
 * {@code tempTokenLifetime}; access tokens end after {@code tokenIdleTimeout} without use, and
 * whenever their agent is removed or registers again (its generation changes).
 */
public final class AgentTokens {
    static final String FAMILY = "\u0000arcp-agent-tokens";

    private final TokenCodec codec;
    private final AgentRegistry registry;
    private final int familyTag;
    private final Cache<SessionKey, String> temp;
    private final Cache<SessionKey, Grant> access;

    public AgentTokens(TokenCodec codec, AgentRegistry registry, AgentPolicy policy, Ticker ticker) {
        this.codec = codec;
        this.registry = registry;
        this.familyTag = codec.userTag(FAMILY);
        this.temp = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .maximumSize(policy.maximumAgents()).expireAfterWrite(policy.tempTokenLifetime()).build();
        this.access = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .maximumSize(policy.maximumAgents()).expireAfterAccess(policy.tokenIdleTimeout()).build();
    }

    /** A temp token good only for registering {@code agentId}. */
    public String issueTemp(String agentId) {
        TokenCodec.IssuedToken issued = codec.issue(FAMILY);
        temp.put(issued.key(), agentId);
        return issued.token();
    }

    /** An access token for one registration (generation) of an agent. */
    public String issueAccess(AgentRecord record) {
        TokenCodec.IssuedToken issued = codec.issue(FAMILY);
        access.put(issued.key(), new Grant(record.agentId(), record.generation()));
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
        String tempAgent = temp.getIfPresent(key.get());
        if (tempAgent != null) {
            return Optional.of(Caller.temp(tempAgent));
        }
        Grant grant = access.getIfPresent(key.get());
        if (grant == null) {
            return Optional.empty();
        }
        boolean current = registry.find(grant.agentId()).map(r -> r.generation() == grant.generation()).orElse(false);
        if (!current) {
            access.invalidate(key.get());
            return Optional.empty();
        }
        return Optional.of(Caller.agent(grant.agentId()));
    }

    /** Whether a token is of this family (valid MAC and the reserved tag), live or not. */
    public boolean isAgentToken(String token) {
        return codec.decode(token).filter(k -> k.userTag() == familyTag).isPresent();
    }

    private record Grant(String agentId, long generation) {
    }
}
