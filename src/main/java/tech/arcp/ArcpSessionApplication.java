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
import tech.arcp.auth.AuthFailureListener;
import tech.arcp.auth.ProtectedByDefault;
import tech.arcp.cli.HashPasswordCommand;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.http.ResponseHeadersFilter;
import tech.arcp.login.AdminUsers;
import tech.arcp.login.LoginService;
import tech.arcp.problem.ConstraintViolationExceptionMapper;
import tech.arcp.problem.ContextProblemErrorHandler;
import tech.arcp.problem.JsonProcessingExceptionMapper;
import tech.arcp.problem.ProblemExceptionMapper;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.problem.ProblemResponder;
import tech.arcp.problem.RequestReadExceptionMapper;
import tech.arcp.problem.ServerProblemErrorHandler;
import tech.arcp.problem.UnexpectedExceptionMapper;
import tech.arcp.problem.WebApplicationExceptionMapper;
import tech.arcp.resources.AuthResource;
import tech.arcp.resources.DashboardResource;
import tech.arcp.resources.RootResource;
import tech.arcp.resources.TokenResource;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionService;
import tech.arcp.session.SessionStore;
import tech.arcp.session.StoreContext;

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
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new HashPasswordCommand());
    }

    @Override
    public void run(ArcpSessionConfiguration config, Environment env) {
        ProblemRenderer problems = registerProblems(config, env);
        registerResponseHeaders(env);
        SessionService sessions = registerSessions(config, env);
        registerAuth(env, sessions, problems);
        registerResources(config, env, sessions);
    }

    private ProblemRenderer registerProblems(ArcpSessionConfiguration config, Environment env) {
        ProblemRenderer renderer = config.problems().build(clock, env.getObjectMapper());
        ProblemResponder responder = new ProblemResponder(renderer);
        env.jersey().register(new ProblemExceptionMapper(responder));
        env.jersey().register(new WebApplicationExceptionMapper(responder));
        env.jersey().register(new JsonProcessingExceptionMapper(responder));
        env.jersey().register(new RequestReadExceptionMapper(responder));
        env.jersey().register(new ConstraintViolationExceptionMapper(responder));
        env.jersey().register(new UnexpectedExceptionMapper(responder));
        env.getApplicationContext().setErrorHandler(new ContextProblemErrorHandler(renderer));
        env.getAdminContext().setErrorHandler(new ContextProblemErrorHandler(renderer));
        env.lifecycle().addServerLifecycleListener(server ->
                server.setErrorHandler(new ServerProblemErrorHandler(renderer)));
        return renderer;
    }

    private void registerResponseHeaders(Environment env) {
        env.servlets().addFilter("response-headers", new ResponseHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
        env.admin().addFilter("response-headers", new ResponseHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
    }

    private SessionService registerSessions(ArcpSessionConfiguration config, Environment env) {
        RuntimeSettings policy = new RuntimeSettings(config.sessions().policy());
        SessionStore store = config.sessions().store()
                .build(new StoreContext(policy, ticker, clock, SessionEvents.NONE, env));
        return new SessionService(store, config.tokens().build(), policy, ticker, clock);
    }

    private void registerAuth(Environment env, SessionService sessions, ProblemRenderer problems) {
        env.jersey().register(new ProtectedByDefault(sessions, problems, AuthFailureListener.NONE));
    }

    private void registerResources(ArcpSessionConfiguration config, Environment env, SessionService sessions) {
        LoginService logins = new LoginService(
                AdminUsers.build(config.admins(), config.passwords().build()), sessions);
        env.jersey().register(new RootResource(Versions.current()));
        env.jersey().register(new AuthResource(logins, sessions, new ClientIpResolver()));
        env.jersey().register(new TokenResource(sessions));
        env.jersey().register(new DashboardResource(sessions));
    }
}
