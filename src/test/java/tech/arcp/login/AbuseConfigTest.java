package tech.arcp.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.arcp.ArcpSessionConfiguration;

/** The abuse-control keys of config.yml: defaults, partial sections, validation. */
class AbuseConfigTest {
    @TempDir
    Path dir;

    private ArcpSessionConfiguration load(String yaml) throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, yaml);
        return new YamlConfigurationFactory<>(ArcpSessionConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw").build(new FileConfigurationSourceProvider(), file.toString());
    }

    @Test
    void defaultsAreThoseOfTheSpec() throws Exception {
        ArcpSessionConfiguration config = load("tokens: {}\n");
        assertThat(config.loginThrottle().settings()).isEqualTo(new Throttle.Settings(5, Duration.ofMinutes(15),
                Duration.ofMinutes(5), Duration.ofHours(1), 100_000));
        assertThat(config.pinThrottle().settings().maxFailures()).isEqualTo(20);
        assertThat(config.pins().build().describe().maxAttempts()).isEqualTo(5);
        assertThat(config.limits().maxUiSize()).isEqualTo(16 * 1024);
    }

    @Test
    void aPartialPinThrottleSectionKeepsItsOwnDefaults() throws Exception {
        ArcpSessionConfiguration config = load("pinThrottle:\n  window: 10 minutes\n");
        assertThat(config.pinThrottle().settings().maxFailures()).isEqualTo(20);
        assertThat(config.pinThrottle().settings().window()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void invalidValuesAreRefusedAtStart() {
        assertThatThrownBy(() -> load("clientIp:\n  trustedProxies: [proxy.example]\n"))
                .isInstanceOf(ConfigurationValidationException.class).hasMessageContaining("trustedProxies");
        assertThatThrownBy(() -> load("loginThrottle:\n  lockout: 2 hours\n  maxLockout: 1 hour\n"))
                .isInstanceOf(ConfigurationValidationException.class).hasMessageContaining("maxLockout");
        assertThatThrownBy(() -> load("loginThrottle:\n  maxFailures: 0\n"))
                .isInstanceOf(ConfigurationValidationException.class);
        assertThatThrownBy(() -> load("pins:\n  minLength: 10\n  maxLength: 8\n"))
                .isInstanceOf(ConfigurationValidationException.class);
    }
}
