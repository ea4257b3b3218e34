package tech.arcp.registry.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tech.arcp.registry.AgentRecord;
import tech.arcp.registry.AgentRegistry;
import tech.arcp.registry.rules.AgentPolicy;

/**
 * The embedded registry: a Caffeine cache whose entries expire {@code removeAfter} after the
 * agent was last seen (variable expiry recomputed on every write, untouched by reads). Liveness
 * is computed from the same tick, so time comes only from the injected {@link Ticker}.
 */
public final class CaffeineAgentRegistry implements AgentRegistry {
    private final Ticker ticker;
    private final long heartbeatNanos;
    private final Cache<String, AgentRecord> agents;

    public CaffeineAgentRegistry(AgentPolicy policy, Ticker ticker) {
        this.ticker = ticker;
        this.heartbeatNanos = policy.heartbeatTimeout().toNanos();
        long removeNanos = policy.removeAfter().toNanos();
        this.agents = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumSize(policy.maximumAgents())
                .expireAfter(new LastSeenExpiry(removeNanos))
                .build();
    }

    @Override
    public Optional<AgentRecord> register(AgentRecord fresh) {
        AgentRecord[] stored = new AgentRecord[1];
        agents.asMap().compute(fresh.agentId(), (id, old) -> {
            if (old != null && isAlive(old)) {
                return old;
            }
            stored[0] = fresh;
            return fresh;
        });
        return Optional.ofNullable(stored[0]);
    }

    @Override
    public Optional<AgentRecord> find(String agentId) {
        return Optional.ofNullable(agents.getIfPresent(agentId));
    }

    @Override
    public Optional<AgentRecord> update(String agentId, UnaryOperator<AgentRecord> change) {
        return Optional.ofNullable(agents.asMap().computeIfPresent(agentId, (id, old) -> {
            AgentRecord changed = change.apply(old);
            if (!changed.agentId().equals(id)) {
                throw new IllegalArgumentException("an update must keep the agent id");
            }
            return changed;
        }));
    }

    @Override
    public Optional<AgentRecord> remove(String agentId) {
        AgentRecord[] removed = new AgentRecord[1];
        agents.asMap().computeIfPresent(agentId, (id, old) -> {
            removed[0] = old;
            return null;
        });
        return Optional.ofNullable(removed[0]);
    }

    @Override
    public List<AgentRecord> all() {
        return List.copyOf(agents.asMap().values());
    }

    @Override
    public boolean isAlive(AgentRecord record) {
        return ticker.read() - record.lastSeenTick() < heartbeatNanos;
    }

    /** Expires an agent {@code removeAfter} after its last-seen tick; reads do not extend it. */
    private record LastSeenExpiry(long removeNanos) implements Expiry<String, AgentRecord> {
        @Override
        public long expireAfterCreate(String key, AgentRecord value, long currentTime) {
            return Math.max(0, value.lastSeenTick() + removeNanos - currentTime);
        }

        @Override
        public long expireAfterUpdate(String key, AgentRecord value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(String key, AgentRecord value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
