package tech.arcp.connections;

import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import java.time.Duration;
import org.eclipse.jetty.util.thread.Scheduler;
import tech.arcp.health.Draining;
import tech.arcp.health.DrainingHealthFilter;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.http.LimitsFactory;
import tech.arcp.observability.ConnectionMetrics;
import tech.arcp.problem.JettyProblemWriter;
import tech.arcp.problem.ProblemRenderer;

/**
 * Wiring of docs/connections.md: the connection caps, the head and body time-outs and the body
 * reading before dispatch (from {@code limits:}), with their metrics, and the draining shutdown
 * (for {@code drainPeriod}) with its admin health check.
 */
public final class Connections {
    private Connections() {
    }

    /** @return what says whether the service is draining */
    public static Draining register(Environment env, LimitsFactory limits, ClientIpResolver clientIps,
                                    ProblemRenderer problems, Duration drainPeriod, Ticker ticker) {
        ConnectionMetrics metrics = new ConnectionMetrics(env.metrics());
        RequestTimeouts timeouts = new RequestTimeouts(limits.headerTimeout(), limits.bodyTimeout(),
                limits.minBodyRate());
        Scheduler scheduler = ConnectionSetup.scheduler();
        ConnectionGuard guard = new ConnectionGuard(
                new ConnectionCaps(limits.maxConnections(), limits.maxConnectionsPerIp()), timeouts, clientIps,
                scheduler, metrics);
        metrics.watch(guard::openConnections);
        BodyRules rules = new BodyRules(limits.maxBodySize(), timeouts, new JettyProblemWriter(problems), metrics,
                ticker);
        ConnectionSetup setup = new ConnectionSetup(scheduler, guard, rules, new Draining(drainPeriod));
        env.lifecycle().addEventListener(setup);
        DrainingHealthFilter.register(env.admin(), setup.draining());
        return setup.draining();
    }
}
