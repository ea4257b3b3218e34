package tech.arcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The service version, from the build ({@code arcp-version.properties}). */
public final class Versions {
    private Versions() {
    }

    public static String current() {
        try (InputStream in = Versions.class.getResourceAsStream("/arcp-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
