package tech.arcp;

import java.util.function.Function;
import org.apache.commons.text.StringSubstitutor;

/**
 * {@code ${NAME:-default}} in {@code config.yml}, read from the environment with ARCP's settings
 * names ({@link EnvironmentSettings}): {@code REDIS_URL} is composed from {@code REDIS_HOST},
 * {@code REDIS_PORT}, {@code REDIS_PASSWORD} and {@code REDIS_DB} when unset, and {@code LOG_LEVEL}
 * takes Python's level names. Undefined names without a default stay as written, as with
 * Dropwizard's {@code EnvironmentVariableSubstitutor(false)}.
 */
public final class SettingsSubstitutor extends StringSubstitutor {

    /** @param environment the variables ({@code System::getenv} in production, a map in tests) */
    public SettingsSubstitutor(Function<String, String> environment) {
        super(new EnvironmentSettings(environment)::lookup);
        setEnableUndefinedVariableException(false);
    }
}
