package tech.arcp.testing;

import io.dropwizard.core.Application;
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
        return new DropwizardAppExtension<>(new DropwizardTestSupport<>(ArcpSessionApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), prefix, overrides) {
            @Override
            public Application<ArcpSessionConfiguration> newApplication() {
                return new ArcpSessionApplication(time, time);
            }
        });
    }
}
