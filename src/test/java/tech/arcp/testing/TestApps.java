package tech.arcp.testing;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import tech.arcp.ArcpSessionApplication;
import tech.arcp.ArcpSessionConfiguration;

/** Full applications on random loopback ports, with fake time, for {@code @RegisterExtension}. */
public final class TestApps {
    public static final String ADMIN = "ARCP";
    public static final String ADMIN_PASSWORD = "test-password-123";
    public static final String OTHER_ADMIN = "ops";
    public static final String OTHER_PASSWORD = "ops-password-456";

    private TestApps() {
    }

    /**
     * An app with {@code dw.}-prefixed overrides. Dropwizard applies overrides as system properties,
     * so apps running at the same time in one JVM see each other's: use {@link #isolatedApp} when
     * two apps in one test need different settings.
     */
    public static DropwizardAppExtension<ArcpSessionConfiguration> app(TestTime time, ConfigOverride... overrides) {
        return isolatedApp(time, "dw.", overrides);
    }

    /** An app reading only overrides made with {@code ConfigOverride.config(prefix, key, value)}. */
    public static DropwizardAppExtension<ArcpSessionConfiguration> isolatedApp(TestTime time, String prefix,
                                                                            ConfigOverride... overrides) {
        return new DropwizardAppExtension<>(support(time, prefix, overrides));
    }

    /** An app on the config file at {@code configPath} with more Jersey {@code resources} (test-only endpoints). */
    public static DropwizardAppExtension<ArcpSessionConfiguration> withResources(TestTime time, String configPath,
                                                                              Object... resources) {
        return new DropwizardAppExtension<>(new DropwizardTestSupport<>(ArcpSessionApplication.class, configPath) {
            @Override
            public Application<ArcpSessionConfiguration> newApplication() {
                return new ArcpSessionApplication(time, time) {
                    @Override
                    public void run(ArcpSessionConfiguration config, Environment env) {
                        super.run(config, env);
                        for (Object resource : resources) {
                            env.jersey().register(resource);
                        }
                    }
                };
            }
        });
    }

    /** The same application, started and stopped by the caller ({@code before()}/{@code after()}). */
    public static DropwizardTestSupport<ArcpSessionConfiguration> support(TestTime time, ConfigOverride... overrides) {
        return support(time, "dw.", overrides);
    }

    private static DropwizardTestSupport<ArcpSessionConfiguration> support(TestTime time, String prefix,
                                                                         ConfigOverride... overrides) {
        return new DropwizardTestSupport<>(ArcpSessionApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), prefix, overrides) {
            @Override
            public Application<ArcpSessionConfiguration> newApplication() {
                return new ArcpSessionApplication(time, time);
            }
        };
    }

    /** An app on the system's clock and ticker (real time must pass: failovers), started by the caller. */
    public static DropwizardTestSupport<ArcpSessionConfiguration> systemTime(ConfigOverride... overrides) {
        return new DropwizardTestSupport<>(ArcpSessionApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), "dw.", overrides);
    }

    /**
     * Like {@link ConfigOverride#config(String, String)}, but cleared (not restored) when the app
     * stops, so that two apps with the same overrides leave no {@code dw.*} property behind
     * whatever order they stop in.
     */
    public static ConfigOverride setting(String key, String value) {
        return new ConfigOverride() {
            @Override
            public void addToSystemProperties() {
                System.setProperty("dw." + key, value);
            }

            @Override
            public void removeFromSystemProperties() {
                System.clearProperty("dw." + key);
            }
        };
    }

    /** Overrides that put an application on the Redis store at {@code url}, under {@code keyPrefix}. */
    public static ConfigOverride[] redis(String url, String keyPrefix, ConfigOverride... more) {
        ConfigOverride[] all = new ConfigOverride[3 + more.length];
        all[0] = setting("sessions.store.type", "redis");
        all[1] = setting("sessions.store.redis.url", url);
        all[2] = setting("sessions.store.redis.keyPrefix", keyPrefix);
        System.arraycopy(more, 0, all, 3, more.length);
        return all;
    }
}
