package tech.arcp.console;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tech.arcp.ArcpSessionApplication;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.TestApps;

/** The real application for the browser tests: real time (a browser cannot share a fake clock), short timeouts. */
final class ConsoleApps {
    static final Duration IDLE = Duration.ofSeconds(20);
    static final Duration ABSOLUTE = Duration.ofSeconds(40);

    private ConsoleApps() {
    }

    static DropwizardTestSupport<ArcpSessionConfiguration> app(ConfigOverride... more) {
        List<ConfigOverride> all = new ArrayList<>(List.of(
                TestApps.setting("sessions.idleTimeout", IDLE.toSeconds() + " seconds"),
                TestApps.setting("sessions.absoluteTimeout", ABSOLUTE.toSeconds() + " seconds"),
                TestApps.setting("sessions.maxPerUser", "50")));
        all.addAll(List.of(more));
        return new DropwizardTestSupport<>(ArcpSessionApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), all.toArray(ConfigOverride[]::new));
    }
}
