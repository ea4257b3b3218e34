package tech.arcp.registry;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import tech.arcp.api.PublicStats;
import tech.arcp.api.RegistryStats;
import tech.arcp.api.Times;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.registry.tokens.Caller;

/**
 * The registry's reads (REGISTRY.md): one agent, lists, public discovery and statistics. Liveness
 * is computed at read time; results are ordered by agent id so that pages are stable.
 */
public final class AgentQueries implements RegistryStatistics {
    private final AgentRegistry registry;
    private final Clock clock;

    public AgentQueries(AgentRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Any agent, alive or dead, for an admin or agent caller. */
    public AgentView get(Caller caller, String agentId) {
        checkReads(caller);
        return registry.find(agentId).map(this::view).orElseThrow(() -> AgentService.notFound(agentId));
    }

    /** {@code GET /agents}: {@code agentType} exact, {@code status} alive/dead, any of {@code capabilities}. */
    public List<AgentView> list(Caller caller, AgentFilter filter) {
        checkReads(caller);
        return views(filter.listMatch());
    }

    /** {@code GET /public/discover}: alive agents only, all of the capabilities, one page. */
    public List<AgentView> discover(AgentFilter filter) {
        return views(filter.discoverMatch()).stream().filter(AgentView::alive)
                .skip(filter.offset()).limit(filter.limit()).toList();
    }

    /** {@code GET /public/agent/{id}}: 404 {@code agent-not-available} when the agent is dead. */
    public AgentView publicAgent(String agentId) {
        AgentView view = registry.find(agentId).map(this::view).orElseThrow(() -> AgentService.notFound(agentId));
        if (!view.alive()) {
            throw Problem.of(ProblemType.AGENT_NOT_AVAILABLE, "Agent " + agentId + " is not available")
                    .with("agent_id", agentId).exception();
        }
        return view;
    }

    /** {@code GET /public/stats}, over the agents public discovery shows (alive ones). */
    public PublicStats publicStats() {
        List<AgentView> all = views(v -> true);
        List<String> types = all.stream().filter(AgentView::alive).map(v -> v.record().agentType())
                .distinct().sorted().toList();
        return new PublicStats(all.stream().filter(AgentView::alive).count(), all.size(), types.size(), "operational",
                Times.iso(clock.instant()), types);
    }

    /** The {@code registry_statistics} of {@code GET /agents/stats}. */
    @Override
    public RegistryStats snapshot() {
        List<AgentView> all = views(v -> true);
        long alive = all.stream().filter(AgentView::alive).count();
        Map<String, Long> byType = new TreeMap<>();
        all.forEach(v -> byType.merge(v.record().agentType(), 1L, Long::sum));
        // redis_connected: the read above just reached the store
        return new RegistryStats(all.size(), alive, all.size() - alive, byType, 0, registry.isShared(), false);
    }

    /** Alive agents whose type equals {@code type} ignoring case (the {@code arcp.active_agents} gauges). */
    public long aliveOfType(String type) {
        return views(v -> v.alive() && v.record().agentType().equalsIgnoreCase(type)).size();
    }

    private List<AgentView> views(Predicate<AgentView> match) {
        return registry.all().stream().map(this::view).filter(match)
                .sorted(Comparator.comparing(v -> v.record().agentId())).toList();
    }

    private AgentView view(AgentRecord record) {
        return new AgentView(record, registry.isAlive(record));
    }

    private static void checkReads(Caller caller) {
        if (!caller.mayRead()) {
            throw AgentService.forbidden("A temporary token may only register an agent");
        }
    }
}
