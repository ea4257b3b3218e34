package tech.arcp.http;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.Scheduler;
import tech.arcp.health.Draining;
import tech.arcp.health.DrainingHealthFilter;
import tech.arcp.metrics.ConnectionMetrics;
import tech.arcp.problem.JettyProblemWriter;
import tech.arcp.problem.ProblemRenderer;

/**
 * {@code limits:} request limits of SPEC §5 enforced by {@link RequestLimitsFilter}, the size of
 * the stored UI settings, and the time and connection limits of {@link ConnectionGuard} and
 * {@link BodyBufferingHandler} (docs/connections.md). (Request headers are limited by the
 * connector's {@code maxRequestHeaderSize}; fingerprint, user name and password lengths are fixed
 * by the spec.)
 */
public class LimitsFactory {
    @NotNull
    @MinDataSize(1024)
    @MaxDataSize(value = 1, unit = io.dropwizard.util.DataSizeUnit.GIBIBYTES)
    @JsonProperty
    private DataSize maxBodySize = DataSize.mebibytes(1);

    @Min(1)
    @Max(10_000)
    @JsonProperty
    private int maxQueryParameters = 50;

    @NotNull
    @MinDataSize(256)
    @MaxDataSize(value = 1, unit = io.dropwizard.util.DataSizeUnit.MEBIBYTES)
    @JsonProperty
    private DataSize maxUiSize = DataSize.kibibytes(16);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 10, unit = TimeUnit.MINUTES)
    @JsonProperty
    private Duration headerTimeout = Duration.seconds(10);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 10, unit = TimeUnit.MINUTES)
    @JsonProperty
    private Duration bodyTimeout = Duration.seconds(10);

    @NotNull
    @MaxDataSize(value = 1, unit = io.dropwizard.util.DataSizeUnit.GIBIBYTES)
    @JsonProperty
    private DataSize minBodyRate = DataSize.kibibytes(1);

    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private int maxConnections = 10_000;

    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private int maxConnectionsPerIp = 200;

    public long maxUiSize() {
        return maxUiSize.toBytes();
    }

    public long maxBodySize() {
        return maxBodySize.toBytes();
    }

    public int maxQueryParameters() {
        return maxQueryParameters;
    }

    /** The time limits of a request's head and body, and the least body rate (bytes per second). */
    public RequestTimeouts timeouts() {
        return new RequestTimeouts(headerTimeout.toJavaDuration(), bodyTimeout.toJavaDuration(), minBodyRate.toBytes());
    }

    /**
     * The connection caps, the time limits and the body reading of docs/connections.md, with their
     * metrics, and the draining shutdown (for {@code drainPeriod}) with its admin health check.
     *
     * @return whether the service drains
     */
    public Draining registerConnections(Environment env, ClientIpResolver clientIps, ProblemRenderer problems,
                                        java.time.Duration drainPeriod, Ticker ticker) {
        ConnectionSetup setup = buildConnectionSetup(clientIps, problems, env.metrics(), new Draining(drainPeriod), ticker);
        env.lifecycle().addEventListener(setup);
        DrainingHealthFilter.register(env.admin(), setup.draining());
        return setup.draining();
    }

    private ConnectionSetup buildConnectionSetup(ClientIpResolver clientIps, ProblemRenderer problems,
                                                 MetricRegistry registry, Draining draining, Ticker ticker) {
        ConnectionMetrics metrics = new ConnectionMetrics(registry);
        Scheduler scheduler = ConnectionSetup.scheduler();
        ConnectionGuard guard = new ConnectionGuard(new ConnectionCaps(maxConnections, maxConnectionsPerIp), timeouts(),
                clientIps, scheduler, metrics);
        metrics.watch(guard::openConnections);
        BodyRules rules = new BodyRules(maxBodySize.toBytes(), timeouts(), new JettyProblemWriter(problems), metrics, ticker);
        return new ConnectionSetup(scheduler, guard, rules, draining);
    }

    public RequestLimitsFilter buildFilter(ProblemRenderer renderer) {
        return new RequestLimitsFilter(maxBodySize.toBytes(), maxQueryParameters, renderer);
    }
}
