package tech.arcp.registry.redis;

import com.github.benmanes.caffeine.cache.Ticker;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.util.Optional;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.tokens.AgentTokenStore;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionStoreUnavailableException;
import tech.arcp.session.redis.RedisLink;

/**
 * Agent tokens shared by every node: strings under the store's prefix holding the deadline (temp
 * tokens) or the last use (access tokens) in ticks of the common {@code timeBase}, checked at each
 * read, with a Redis TTL that drops them when unused. A use of an access token re-arms its idle
 * deadline atomically (a script). Throws {@link tech.arcp.session.SessionStoreUnavailableException}
 * when Redis cannot answer.
 */
public final class RedisAgentTokenStore implements AgentTokenStore {
    /** KEYS token; ARGV now, idle nanos, idle ms. The "generation|agent" of a live token, re-armed. */
    private static final String USE = """
            local v = redis.call('GET', KEYS[1])
            if not v then return false end
            local sep = string.find(v, '|', 1, true)
            if tonumber(ARGV[1]) - tonumber(string.sub(v, 1, sep - 1)) >= tonumber(ARGV[2]) then
              redis.call('DEL', KEYS[1]); return false
            end
            local grant = string.sub(v, sep + 1)
            redis.call('SET', KEYS[1], ARGV[1] .. '|' .. grant, 'PX', ARGV[3])
            return grant""";

    private final RedisLink link;
    private final RegistryKeys keys;
    private final Ticker timeBase;
    private final long tempNanos;
    private final long idleNanos;

    public RedisAgentTokenStore(RedisLink link, String keyPrefix, AgentPolicy policy, Ticker timeBase) {
        this.link = link;
        this.keys = new RegistryKeys(keyPrefix);
        this.timeBase = timeBase;
        this.tempNanos = policy.tempTokenLifetime().toNanos();
        this.idleNanos = policy.tokenIdleTimeout().toNanos();
    }

    @Override
    public void putTemp(SessionKey key, String agentId) {
        String value = (timeBase.read() + tempNanos) + "|" + agentId;
        link.call(c -> c.set(keys.temp(key), value, SetArgs.Builder.px(tempNanos / 1_000_000L)));
    }

    @Override
    public Optional<String> temp(SessionKey key) {
        String value = link.call(c -> c.get(keys.temp(key)));
        if (value == null) {
            return Optional.empty();
        }
        int sep = value.indexOf('|');
        return timeBase.read() < Long.parseLong(value.substring(0, sep))
                ? Optional.of(value.substring(sep + 1)) : Optional.empty();
    }

    @Override
    public void putAccess(SessionKey key, Grant grant) {
        String value = timeBase.read() + "|" + grant.generation() + "|" + grant.agentId();
        link.call(c -> c.set(keys.access(key), value, SetArgs.Builder.px(idleNanos / 1_000_000L)));
    }

    @Override
    public Optional<Grant> access(SessionKey key) {
        String grant = link.call(c -> c.eval(USE, ScriptOutputType.VALUE, new String[] {keys.access(key)},
                Long.toString(timeBase.read()), Long.toString(idleNanos), Long.toString(idleNanos / 1_000_000L)));
        if (grant == null) {
            return Optional.empty();
        }
        int sep = grant.indexOf('|');
        return Optional.of(new Grant(grant.substring(sep + 1), Long.parseLong(grant.substring(0, sep))));
    }

    @Override
    public void revoke(SessionKey key) {
        if (!link.durable(c -> c.del(keys.temp(key), keys.access(key))).confirmed()) {
            throw new SessionStoreUnavailableException("the replicas did not confirm a token revocation in time", null);
        }
    }
}
