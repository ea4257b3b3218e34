package tech.arcp.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tech.arcp.registry.tokens.AgentGenerations;

/**
 * Where agents live. Implementations compute liveness at read time ({@link #isAlive}: last seen
 * within {@code agents.heartbeatTimeout}) and drop agents not seen for {@code agents.removeAfter}
 * as if unregistered. An absent or removed agent is {@link Optional#empty()} everywhere.
 * Thread-safe; every method is atomic per agent id.
 */
public interface AgentRegistry extends AgentGenerations {

    /** Stores {@code fresh} unless a live agent holds its id; empty in that case (nothing changed). */
    Optional<AgentRecord> register(AgentRecord fresh);

    Optional<AgentRecord> find(String agentId);

    /** Replaces a present agent with {@code change} applied to it; the change must keep the id. */
    Optional<AgentRecord> update(String agentId, UnaryOperator<AgentRecord> change);

    /** Removes an agent; the removed record, or empty when there was none. */
    Optional<AgentRecord> remove(String agentId);

    /** Every agent not yet removed, alive or dead, in no particular order. */
    List<AgentRecord> all();

    /** Whether the agent was seen within the heartbeat timeout, now. */
    boolean isAlive(AgentRecord record);

    /** True when the registry lives in Redis, shared by every node (REGISTRY.md's {@code redis_connected}). */
    default boolean isShared() {
        return false;
    }

    @Override
    default Optional<Long> generation(String agentId) {
        return find(agentId).map(AgentRecord::generation);
    }
}
