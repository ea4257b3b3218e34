package tech.arcp;

import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.arcp.audit.AuditContextFilter;
import tech.arcp.auth.AuthParams;
import tech.arcp.auth.PinGuard;
import tech.arcp.auth.ProtectedByDefault;
import tech.arcp.cli.HashPasswordCommand;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.http.ResponseHeadersFilter;
import tech.arcp.login.AdminUsers;
import tech.arcp.login.LoginService;
import tech.arcp.login.LoginThrottle;
import tech.arcp.login.PasswordHasher;
import tech.arcp.login.SessionPins;
import tech.arcp.login.ThrottleFactory;
import tech.arcp.observability.Observability;
import tech.arcp.problem.ProblemHandlers;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.problem.RequestLimitProblems;
import tech.arcp.registry.AgentRegistryModule;
import tech.arcp.registry.RegistryStatistics;
import tech.arcp.resources.AgentAuthResource;
import tech.arcp.resources.AgentResource;
import tech.arcp.resources.AgentStatsResource;
import tech.arcp.resources.AuthResource;
import tech.arcp.resources.DashboardResource;
import tech.arcp.resources.HealthResource;
import tech.arcp.resources.MetricsResource;
import tech.arcp.resources.PinResource;
import tech.arcp.resources.PublicAgentResource;
import tech.arcp.resources.RootResource;
import tech.arcp.resources.TokenResource;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionService;
import tech.arcp.storage.Storage;
import tech.arcp.storage.StorageContext;

/** The ARCP session service: wiring only, one {@code register} step per concern. */
public class ArcpSessionApplication extends Application<ArcpSessionConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(ArcpSessionApplication.class);

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
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new HashPasswordCommand());
    }

    @Override
    public void run(ArcpSessionConfiguration config, Environment env) {
        ProblemRenderer problems = registerProblems(config, env);
        registerResponseHeaders(env);
        registerLimits(config, env, problems);
        ClientIpResolver clientIps = config.clientIp().build();
        Observability observability = registerObservability(config, env, clientIps);
        RuntimeSettings settings = new RuntimeSettings(config.sessions().policy());
        Storage storage = registerStorage(config, env, settings, observability);
        SessionService sessions = new SessionService(storage.sessions(), storage.tokens(), settings,
                storage.timeBase(), clock);
        AgentRegistryModule agents = registerAgents(config, env, storage, clientIps);
        registerAuth(env, sessions, problems, agents, observability);
        registerResources(config, env, new Core(sessions, settings, clientIps, observability));
        registerObservabilityResources(config, env, observability, agents);
    }

    /** What the resources of the admin API are built on. */
    private record Core(SessionService sessions, RuntimeSettings settings, ClientIpResolver clientIps,
                        Observability observability) {
    }

    /** Metrics and audit, and the filter that gives audit lines their client and request. */
    private Observability registerObservability(ArcpSessionConfiguration config, Environment env,
                                                ClientIpResolver clientIps) {
        Observability observability = new Observability(env, config.prometheus(), clock);
        env.servlets().addFilter("audit-context", new AuditContextFilter(clientIps))
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        return observability;
    }

    /** {@code /metrics}, {@code /metrics/scrape}, {@code /health} and {@code /agents/stats}. */
    private void registerObservabilityResources(ArcpSessionConfiguration config, Environment env,
                                                Observability observability, AgentRegistryModule agents) {
        env.jersey().register(new MetricsResource(observability.prometheusExport(), config.prometheus().scrapeToken()));
        env.jersey().register(new HealthResource(observability.health(Versions.current(), ticker, clock)));
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
    }

    private void registerLimits(ArcpSessionConfiguration config, Environment env, ProblemRenderer problems) {
        env.servlets().addFilter("request-limits", config.limits().buildFilter(new RequestLimitProblems(problems)))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
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
                clock, env.getObjectMapper(), env.metrics());
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

    private void registerResources(ArcpSessionConfiguration config, Environment env, Core core) {
        PasswordHasher hasher = config.passwords().build();
        LOG.info("passwords: Argon2id in {}", hasher.engine());
        LoginService logins = new LoginService(AdminUsers.build(config.admins(), hasher), core.sessions(),
                LoginThrottle.of(config.loginThrottle().settings(), ticker), core.observability().logins(),
                core.observability().audit());
        SessionPins pins = new SessionPins(config.pins().build(), hasher, core.sessions(),
                config.pinThrottle().build(ticker), core.observability().audit());
        PinGuard pinGuard = new PinGuard(pins, core.clientIps());
        env.jersey().register(new RootResource(Versions.current()));
        env.jersey().register(new AuthResource(logins, core.sessions(), core.clientIps(), pinGuard,
                core.observability().audit()));
        env.jersey().register(new PinResource(pins, core.clientIps()));
        env.jersey().register(new TokenResource(core.sessions()));
        env.jersey().register(new DashboardResource(core.settings(), rules(config, pins), pinGuard,
                env.getObjectMapper(), config.limits().maxUiSize()));
    }

    /** The fixed rules {@code GET /dashboard/config} shows next to the run-time settings. */
    private static Map<String, Object> rules(ArcpSessionConfiguration config, SessionPins pins) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("pin", pins.rules().describe());
        rules.put("login_throttle", ThrottleFactory.describe(config.loginThrottle().settings()));
        rules.put("pin_throttle", ThrottleFactory.describe(pins.throttle()));
        return rules;
    }
}
