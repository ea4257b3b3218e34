package tech.arcp.registry.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tech.arcp.registry.AgentRecord;
import tech.arcp.registry.AgentRegistry;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.session.SessionStoreUnavailableException;
import tech.arcp.session.redis.RedisLink;

/**
 * The shared registry: each agent a JSON string in Redis (the app's {@link ObjectMapper}), changed
 * only by a compare-and-set script, so every change is atomic per agent and every node sees the
 * same agents. Ticks come from {@code timeBase}, which must be common to the nodes (the Redis
 * server's clock in production); an agent not seen for {@code removeAfter} is absent at once, and
 * Redis' TTL (refreshed on every write) drops its data. Throws
 * {@link tech.arcp.session.SessionStoreUnavailableException} when Redis cannot answer.
 */
public final class RedisAgentRegistry implements AgentRegistry {
    /** KEYS agent, ids; ARGV expected ("" = absent), new ("" = delete), id, ttl ms. 1 when set. */
    private static final String CAS = """
            local cur = redis.call('GET', KEYS[1]) or ''
            if cur ~= ARGV[1] then return 0 end
            if ARGV[2] == '' then
              redis.call('DEL', KEYS[1]); redis.call('SREM', KEYS[2], ARGV[3])
            else
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[4]); redis.call('SADD', KEYS[2], ARGV[3])
            end
            return 1""";
    private static final int ATTEMPTS = 16;

    private final RedisLink link;
    private final RegistryKeys keys;
    private final ObjectMapper mapper;
    private final Ticker timeBase;
    private final long heartbeatNanos;
    private final long removeNanos;

    public RedisAgentRegistry(RedisLink link, String keyPrefix, ObjectMapper mapper, AgentPolicy policy,
                              Ticker timeBase) {
        this.link = link;
        this.keys = new RegistryKeys(keyPrefix);
        this.mapper = mapper;
        this.timeBase = timeBase;
        this.heartbeatNanos = policy.heartbeatTimeout().toNanos();
        this.removeNanos = policy.removeAfter().toNanos();
    }

    @Override
    public Optional<AgentRecord> register(AgentRecord fresh) {
        return change(fresh.agentId(), old -> old != null && isAlive(old) ? null : fresh);
    }

    @Override
    public Optional<AgentRecord> find(String agentId) {
        return Optional.ofNullable(current(read(agentId)));
    }

    @Override
    public Optional<AgentRecord> update(String agentId, UnaryOperator<AgentRecord> change) {
        return change(agentId, old -> {
            if (old == null) {
                return null;
            }
            AgentRecord changed = Objects.requireNonNull(change.apply(old));
            if (!changed.agentId().equals(agentId)) {
                throw new IllegalArgumentException("an update must keep the agent id");
            }
            return changed;
        });
    }

    @Override
    public Optional<AgentRecord> remove(String agentId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String json = read(agentId);
            if (json == null) {
                return Optional.empty();
            }
            if (cas(agentId, json, null)) {
                return Optional.ofNullable(current(json));
            }
        }
        throw new IllegalStateException("agent " + agentId + " changed concurrently " + ATTEMPTS + " times");
    }

    @Override
    public boolean isShared() {
        return true;
    }

    @Override
    public List<AgentRecord> all() {
        List<String> ids = new ArrayList<>(link.call(c -> c.smembers(keys.ids())));
        if (ids.isEmpty()) {
            return List.of();
        }
        List<KeyValue<String, String>> values = link.call(c -> c.mget(ids.stream().map(keys::agent)
                .toArray(String[]::new)));
        List<AgentRecord> agents = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            AgentRecord record = values.get(i).hasValue() ? current(values.get(i).getValue()) : null;
            if (record != null) {
                agents.add(record);
            } else if (!values.get(i).hasValue()) {
                String stale = ids.get(i);
                link.call(c -> c.srem(keys.ids(), stale));
            }
        }
        return agents;
    }

    @Override
    public boolean isAlive(AgentRecord record) {
        return timeBase.read() - record.lastSeenTick() < heartbeatNanos;
    }

    /**
     * Sets the agent to what {@code next} makes of its present record (null when absent), retrying
     * when another node changed it meanwhile; {@code next} answers null to change nothing.
     */
    private Optional<AgentRecord> change(String agentId, UnaryOperator<AgentRecord> next) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String json = read(agentId);
            AgentRecord changed = next.apply(current(json));
            if (changed == null) {
                return Optional.empty();
            }
            if (cas(agentId, json == null ? "" : json, changed)) {
                return Optional.of(changed);
            }
        }
        throw new IllegalStateException("agent " + agentId + " changed concurrently " + ATTEMPTS + " times");
    }

    private String read(String agentId) {
        return link.call(c -> c.get(keys.agent(agentId)));
    }

    /** The record of {@code json}, or null when there is none or it was not seen for removeAfter. */
    private AgentRecord current(String json) {
        if (json == null) {
            return null;
        }
        AgentRecord record = parse(json);
        return timeBase.read() - record.lastSeenTick() < removeNanos ? record : null;
    }

    /** Replaces {@code expected} ("" for none) by {@code next} (null to delete); false if it changed. */
    private boolean cas(String agentId, String expected, AgentRecord next) {
        String json = next == null ? "" : write(next);
        long ttlMillis = next == null ? 0
                : Math.max(1, (next.lastSeenTick() + removeNanos - timeBase.read()) / 1_000_000L);
        String[] scriptKeys = {keys.agent(agentId), keys.ids()};
        if (next != null) {
            Long done = link.call(c -> c.eval(CAS, ScriptOutputType.INTEGER, scriptKeys, expected, json, agentId,
                    Long.toString(ttlMillis)));
            return done != null && done == 1L;
        }
        RedisLink.Durable<Long> removed = link.durable(c -> c.eval(CAS, ScriptOutputType.INTEGER, scriptKeys,
                expected, json, agentId, "0"));
        if (!removed.confirmed()) { // an unregistration is acknowledged only once the replicas have it
            throw new SessionStoreUnavailableException("the replicas did not confirm an unregistration in time", null);
        }
        return removed.result() != null && removed.result() == 1L;
    }

    private AgentRecord parse(String json) {
        try {
            return mapper.readValue(json, AgentRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable agent record in Redis", e);
        }
    }

    private String write(AgentRecord record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agent record cannot be written as JSON", e);
        }
    }
}
