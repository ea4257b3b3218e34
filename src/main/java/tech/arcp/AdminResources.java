package tech.arcp;

import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.arcp.auth.PinGuard;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.login.AdminUsers;
import tech.arcp.login.LoginService;
import tech.arcp.login.LoginThrottle;
import tech.arcp.login.PasswordHasher;
import tech.arcp.login.SessionPins;
import tech.arcp.login.ThrottleFactory;
import tech.arcp.observability.Observability;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.resources.AdminTasks;
import tech.arcp.resources.AuthResource;
import tech.arcp.resources.ConsoleAssets;
import tech.arcp.resources.ConsoleResource;
import tech.arcp.resources.DashboardResource;
import tech.arcp.resources.PinResource;
import tech.arcp.resources.RootResource;
import tech.arcp.resources.TokenResource;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionService;

/** Wiring of the admin API: logins, PINs and their throttles, the admin resources, the console and the admin tasks. */
final class AdminResources {
    private static final Logger LOG = LoggerFactory.getLogger(ArcpSessionApplication.class);

    private AdminResources() {
    }

    /** What the resources of the admin API are built on. */
    record Core(SessionService sessions, RuntimeSettings settings, ClientIpResolver clientIps,
                Observability observability) {
    }

    static void register(ArcpSessionConfiguration config, Environment env, Core core, ProblemRenderer problems,
                         Ticker ticker) {
        PasswordHasher hasher = config.passwords().build();
        LOG.info("passwords: Argon2id in {}", hasher.engine());
        LoginThrottle throttle = LoginThrottle.of(config.loginThrottle().settings(), ticker);
        LoginService logins = new LoginService(AdminUsers.build(config.admins(), hasher), core.sessions(),
                throttle, core.observability().logins(), core.observability().audit());
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
        env.jersey().register(new ConsoleResource(new ConsoleAssets(Versions.build())));
        AdminTasks.register(env, core.sessions(), throttle, pins, core.observability().audit(), core.clientIps(),
                problems);
    }

    /** The fixed rules {@code GET /dashboard/config} shows next to the run-time settings. */
    private static DashboardResource.Rules rules(ArcpSessionConfiguration config, SessionPins pins) {
        return new DashboardResource.Rules(pins.rules().describe(),
                ThrottleFactory.describe(config.loginThrottle().settings()), ThrottleFactory.describe(pins.throttle()));
    }
}
