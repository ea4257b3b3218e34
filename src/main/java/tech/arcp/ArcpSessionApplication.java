package tech.arcp;

import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import tech.arcp.audit.AuditContextFilter;
import tech.arcp.auth.AuthParams;
import tech.arcp.auth.ProtectedByDefault;
import tech.arcp.cli.HashPasswordCommand;
import tech.arcp.connections.Connections;
import tech.arcp.health.Draining;
import tech.arcp.http.ApiDocsHeadersFilter;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.http.ConsoleHeadersFilter;
import tech.arcp.http.ResponseHeadersFilter;
import tech.arcp.observability.Observability;
import tech.arcp.observability.RequestMetricsFilter;
import tech.arcp.observability.RouteTemplates;
import tech.arcp.problem.ProblemHandlers;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.problem.RequestLimitProblems;
import tech.arcp.registry.AgentRegistryModule;
import tech.arcp.registry.RegistryStatistics;
import tech.arcp.resources.AgentAuthResource;
import tech.arcp.resources.ApiDocsResource;
import tech.arcp.resources.AgentResource;
import tech.arcp.resources.AgentStatsResource;
import tech.arcp.resources.HealthResource;
import tech.arcp.resources.MetricsResource;
import tech.arcp.resources.OpenApiDocument;
import tech.arcp.resources.OpenApiResource;
import tech.arcp.resources.PublicAgentResource;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionService;
import tech.arcp.storage.Storage;
import tech.arcp.storage.StorageContext;

/** The ARCP session service: wiring only, one {@code register} step per concern. */
public class ArcpSessionApplication extends Application<ArcpSessionConfiguration> {

    private final Ticker ticker;
    private final Clock clock;

    public ArcpSessionApplication() {
        this(Ticker.systemTicker(), Clock.systemUTC());
    }

    /** With injected time, for tests: deadlines run on {@code ticker}, displayed instants on {@code clock}. */
    public ArcpSessionApplication(Ticker ticker, Clock clock) {
        this.ticker = ticker;
        this.clock = clock;
    }

    public static void main(String[] args) throws Exception {
        new ArcpSessionApplication().run(args);
    }

    @Override
    public String getName() {
        return "arcp-session-service";
    }

    @Override
    public void initialize(Bootstrap<ArcpSessionConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new SettingsSubstitutor(System::getenv)));
        bootstrap.addCommand(new HashPasswordCommand());
    }

    @Override
    public void run(ArcpSessionConfiguration config, Environment env) {
        ProblemRenderer problems = registerProblems(config, env);
        registerResponseHeaders(env);
        ClientIpResolver clientIps = config.clientIp().build();
        Draining draining = registerLimits(config, env, problems, clientIps);
        Observability observability = registerObservability(config, env, clientIps);
        RuntimeSettings settings = new RuntimeSettings(config.sessions().policy());
        Storage storage = registerStorage(config, env, settings, observability);
        SessionService sessions = new SessionService(storage.sessions(), storage.tokens(), settings,
                storage.timeBase(), clock);
        AgentRegistryModule agents = registerAgents(config, env, storage, clientIps);
        registerAuth(env, sessions, problems, agents, observability);
        AdminResources.register(config, env, new AdminResources.Core(sessions, settings, clientIps, observability),
                problems, ticker);
        registerObservabilityResources(config, env, observability, agents, draining);
        registerApiDocs(env);
    }

    /** {@code /openapi.json}/{@code .yaml}, generated from the resources registered above; {@code /docs}, {@code /redoc}. */
    private void registerApiDocs(Environment env) {
        var jersey = env.jersey().getResourceConfig();
        env.jersey().register(new ApiDocsResource(Versions::webjar));
        env.jersey().register(new OpenApiResource(new OpenApiDocument(
                () -> java.util.stream.Stream.concat(jersey.getInstances().stream(), jersey.getClasses().stream()),
                Versions.current())));
    }

    /** Metrics and audit; the filters that give audit lines their client and request, and that count requests. */
    private Observability registerObservability(ArcpSessionConfiguration config, Environment env,
                                                ClientIpResolver clientIps) {
        Observability observability = new Observability(env, config.prometheus(), clock);
        env.servlets().addFilter("audit-context", new AuditContextFilter(clientIps))
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        env.servlets().addFilter("request-metrics", new RequestMetricsFilter(observability.requests(), ticker))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*"); // outermost
        env.jersey().register(new RouteTemplates());
        return observability;
    }

    /** {@code /metrics}, {@code /metrics/scrape}, {@code /health} and {@code /agents/stats}. */
    private void registerObservabilityResources(ArcpSessionConfiguration config, Environment env,
                                                Observability observability, AgentRegistryModule agents,
                                                Draining draining) {
        env.jersey().register(new MetricsResource(observability.prometheusExport(), config.prometheus().scrapeToken()));
        env.jersey().register(new HealthResource(observability.health(Versions.current(), ticker, clock, draining)));
        env.jersey().register(new AgentStatsResource(agents.statistics(), observability.sessionStatistics(),
                Observability.features(config.prometheus(), agents.statistics() != RegistryStatistics.NONE)));
    }

    private ProblemRenderer registerProblems(ArcpSessionConfiguration config, Environment env) {
        ProblemRenderer renderer = config.problems().build(clock, env.getObjectMapper());
        ProblemHandlers.register(env, renderer);
        return renderer;
    }

    private void registerResponseHeaders(Environment env) {
        env.servlets().addFilter("response-headers", new ResponseHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
        env.admin().addFilter("response-headers", new ResponseHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
        env.servlets().addFilter("console-headers", new ConsoleHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, ConsoleHeadersFilter.PATHS);
        env.servlets().addFilter("api-docs-headers", new ApiDocsHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, ApiDocsHeadersFilter.PATHS);
    }

    /** SPEC §5 limits; slow clients, connection caps, time-outs, the draining shutdown (docs/connections.md). */
    private Draining registerLimits(ArcpSessionConfiguration config, Environment env, ProblemRenderer problems,
                                    ClientIpResolver clientIps) {
        env.servlets().addFilter("request-limits", config.limits().buildFilter(new RequestLimitProblems(problems)))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        return Connections.register(env, config.limits(), clientIps, problems, config.shutdownGracePeriod(), ticker);
    }

    /** The storage backend of {@code sessions.store}: its lifecycle, health check and gauges. */
    private Storage registerStorage(ArcpSessionConfiguration config, Environment env, RuntimeSettings settings,
                                    Observability observability) {
        Storage storage = config.sessions().store().build(new StorageContext(settings, config.agents().policy(),
                config.tokens(), ticker, clock, observability.sessionEvents(), env.getObjectMapper()));
        env.lifecycle().manage(storage);
        env.healthChecks().register(Storage.HEALTH_CHECK, storage.healthCheck());
        env.metrics().registerAll(storage.metrics());
        observability.watch(storage.sessions());
        return storage;
    }

    /** The agent registry of REGISTRY.md: its resources, on the same token codec, ticker and clock. */
    private AgentRegistryModule registerAgents(ArcpSessionConfiguration config, Environment env, Storage storage,
                                               ClientIpResolver clientIps) {
        AgentRegistryModule agents = AgentRegistryModule.build(config.agents(), storage.agents(), storage.tokens(),
                storage.clock(), env.getObjectMapper(), env.metrics());
        env.jersey().register(new AgentAuthResource(agents.login(), agents.policy().tempTokenLifetime().toSeconds(),
                clientIps));
        env.jersey().register(new AgentResource(agents.service(), agents.queries()));
        env.jersey().register(new PublicAgentResource(agents.queries(), agents.policy().allowedTypes()));
        return agents;
    }

    private void registerAuth(Environment env, SessionService sessions, ProblemRenderer problems,
                              AgentRegistryModule agents, Observability observability) {
        env.jersey().register(new ProtectedByDefault(sessions, problems, observability.authFailures(), agents.tokens()));
        env.jersey().register(new AuthParams.Binder());
    }
}
