package tech.arcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.arcp.session.SessionPolicy;
import tech.arcp.storage.caffeine.CaffeineStoreFactory;

/** The shipped config.yml: defaults, ARCP environment variables and -Ddw overrides. */
class ConfigurationTest {
    private final YamlConfigurationFactory<ArcpSessionConfiguration> factory = new YamlConfigurationFactory<>(
            ArcpSessionConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    @AfterEach
    void clearOverrides() {
        System.clearProperty("dw.sessions.idleTimeout");
        System.clearProperty("dw.sessions.maxPerUser");
    }

    private ArcpSessionConfiguration load(Map<String, String> environment) throws Exception {
        StringSubstitutor substitutor = new SettingsSubstitutor(environment::get);
        return factory.build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor),
                "config.yml");
    }

    @Test
    void shippedConfigRunsWithNoEnvironment() throws Exception {
        ArcpSessionConfiguration config = load(Map.of());
        SessionPolicy policy = config.sessions().policy();
        assertThat(policy.idleTimeout()).isEqualTo(Duration.ofMinutes(60));
        assertThat(policy.absoluteTimeout()).isEqualTo(Duration.ofHours(12));
        assertThat(policy.maxPerUser()).isEqualTo(5);
        assertThat(config.sessions().store()).isInstanceOf(CaffeineStoreFactory.class);
        assertThat(((CaffeineStoreFactory) config.sessions().store()).maximumSize()).isEqualTo(1_000_000);
        assertThat(config.admins()).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("ARCP");
            assertThat(admin.password()).isEmpty();
            assertThat(admin.passwordHash()).isEmpty();
        });
    }

    @Test
    void arcpEnvironmentVariablesMapIntoTheConfig() throws Exception {
        ArcpSessionConfiguration config = load(Map.of("SESSION_TIMEOUT", "15", "MAX_SESSIONS", "2",
                "ADMIN_USERNAME", "root", "ADMIN_PASSWORD", "pw-from-env"));
        assertThat(config.sessions().policy().idleTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.sessions().policy().maxPerUser()).isEqualTo(2);
        assertThat(config.admins().get(0).username()).isEqualTo("root");
        assertThat(config.admins().get(0).password()).isEqualTo("pw-from-env");
    }

    @Test
    void systemPropertiesOverrideAnyValue() throws Exception {
        System.setProperty("dw.sessions.idleTimeout", "3s");
        System.setProperty("dw.sessions.maxPerUser", "9");
        SessionPolicy policy = load(Map.of()).sessions().policy();
        assertThat(policy.idleTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.maxPerUser()).isEqualTo(9);
    }

    @Test
    void idleLongerThanAbsoluteIsRejected() {
        System.setProperty("dw.sessions.idleTimeout", "13 hours");
        assertThatThrownBy(() -> load(Map.of()))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("idleTimeout must not be longer than absoluteTimeout");
    }

    @Test
    void shortTokenKeyIsRejected() {
        assertThatThrownBy(() -> load(Map.of("TOKEN_KEY", "too-short")))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("tokens.key");
    }
}
