package tech.arcp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The environment as {@code config.yml} reads it, with ARCP's settings names (docs/configuration.md
 * "ARCP's environment variables"). Every name reads as the variable itself, except:
 * <ul>
 *   <li>{@code REDIS_URL}: when unset and any of {@code REDIS_HOST}, {@code REDIS_PORT},
 *       {@code REDIS_PASSWORD}, {@code REDIS_DB} is set, {@code redis://[:password@]host:port/db}
 *       (defaults 127.0.0.1, 6379, 0; the password URL-encoded);</li>
 *   <li>{@code LOG_LEVEL}: Python's names ({@code WARNING}, {@code CRITICAL}) map to Logback's, any
 *       case; an unknown level fails the start instead of quietly becoming INFO.</li>
 * </ul>
 * No message of this class names a value of {@code REDIS_PASSWORD} or {@code REDIS_URL}.
 */
final class EnvironmentSettings {
    private static final Map<String, String> LEVELS = Map.of("TRACE", "TRACE", "DEBUG", "DEBUG", "INFO", "INFO",
            "WARN", "WARN", "WARNING", "WARN", "ERROR", "ERROR", "CRITICAL", "ERROR", "FATAL", "ERROR", "OFF", "OFF",
            "ALL", "ALL");
    private final Function<String, String> environment;

    EnvironmentSettings(Function<String, String> environment) {
        this.environment = environment;
    }

    String lookup(String name) {
        return switch (name) {
            case "REDIS_URL" -> redisUrl();
            case "LOG_LEVEL" -> logLevel();
            default -> environment.apply(name);
        };
    }

    private String redisUrl() {
        String url = environment.apply("REDIS_URL");
        if (url != null) {
            return url;
        }
        String host = set("REDIS_HOST");
        String port = set("REDIS_PORT");
        String password = set("REDIS_PASSWORD");
        String db = set("REDIS_DB");
        if (host == null && port == null && password == null && db == null) {
            return null;
        }
        String auth = password == null ? "" : ":" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                .replace("+", "%20") + "@";
        return "redis://" + auth + bracketed(host == null ? "127.0.0.1" : host) + ":"
                + number("REDIS_PORT", port, 6379, 1, 65_535) + "/" + number("REDIS_DB", db, 0, 0, 65_535);
    }

    private String logLevel() {
        String level = set("LOG_LEVEL");
        if (level == null) {
            return null;
        }
        String mapped = LEVELS.get(level.trim().toUpperCase(Locale.ROOT));
        if (mapped == null) {
            throw new IllegalArgumentException("LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
                    + " (or TRACE, WARN, OFF), not '" + level + "'");
        }
        return mapped;
    }

    /** The variable, or null when unset or blank (ARCP treats an empty REDIS_HOST as unset). */
    private String set(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(name + " must be an integer between " + min + " and " + max
                + ", not '" + value + "'");
    }
}
