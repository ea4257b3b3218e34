package tech.arcp.registry.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.tokens.AgentTokenStore;
import tech.arcp.session.SessionKey;

/** Agent tokens in two Caffeine caches: temp tokens expire after write, access tokens after access. */
public final class CaffeineAgentTokenStore implements AgentTokenStore {
    private final Cache<SessionKey, String> temp;
    private final Cache<SessionKey, Grant> access;

    public CaffeineAgentTokenStore(AgentPolicy policy, Ticker ticker) {
        this.temp = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .maximumSize(policy.maximumAgents()).expireAfterWrite(policy.tempTokenLifetime()).build();
        this.access = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .maximumSize(policy.maximumAgents()).expireAfterAccess(policy.tokenIdleTimeout()).build();
    }

    @Override
    public void putTemp(SessionKey key, String agentId) {
        temp.put(key, agentId);
    }

    @Override
    public Optional<String> temp(SessionKey key) {
        return Optional.ofNullable(temp.getIfPresent(key));
    }

    @Override
    public void putAccess(SessionKey key, Grant grant) {
        access.put(key, grant);
    }

    @Override
    public Optional<Grant> access(SessionKey key) {
        return Optional.ofNullable(access.getIfPresent(key));
    }

    @Override
    public void revoke(SessionKey key) {
        temp.invalidate(key);
        access.invalidate(key);
    }
}
