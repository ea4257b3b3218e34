package tech.arcp.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the admin console, read from the jar ({@code tech/arcp/console/}): the page, with
 * its asset version filled in, and the assets by file name. Only flat names with a known extension
 * are looked up, so no request can reach any other resource of the class path.
 */
public final class ConsoleAssets {
    private static final String ROOT = "/tech/arcp/console/";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(js|css|svg|png)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    /** One asset: its bytes and its {@code Content-Type}. */
    public record Asset(byte[] bytes, String contentType) {
    }

    private final String version;
    private final byte[] page;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** @param version names this build's assets in their URLs, so that they may be cached for good */
    public ConsoleAssets(String version) {
        this.version = version;
        String html = new String(read("index.html").orElseThrow(
                () -> new IllegalStateException("console page missing from the jar")), StandardCharsets.UTF_8);
        this.page = html.replace("{{version}}", version).getBytes(StandardCharsets.UTF_8);
    }

    public String version() {
        return version;
    }

    /** The console page (HTML, UTF-8). */
    public byte[] page() {
        return page.clone();
    }

    /** The asset named {@code name}; empty for an unknown or ill-formed name. */
    public Optional<Asset> asset(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String type = TYPES.get(matcher.group(1));
        return cache.computeIfAbsent(name, n -> read(n).map(bytes -> new Asset(bytes, type)));
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = ConsoleAssets.class.getResourceAsStream(ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
