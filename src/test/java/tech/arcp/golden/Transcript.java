package tech.arcp.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded HTTP exchange log: each request's status, headers (but {@code Date}) and body bytes,
 * with only what varies per run replaced by stable placeholders (tokens and session ids numbered by
 * first appearance, generated request ids, real-time timestamps). {@link #verify} compares it with
 * {@code src/test/resources/golden/<name>.txt}; {@code -Dgolden.record=true} rewrites that file.
 */
final class Transcript {
    static final Path DIR = Path.of("src/test/resources/golden");
    private static final Pattern TOKEN = Pattern.compile("arcp\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{22}");
    private static final Pattern SESSION = Pattern.compile("sess_[0-9a-f]{16}");
    private static final Pattern REQUEST_ID = Pattern.compile("req_[0-9a-f]{12}");
    private static final List<String> UNRECORDED = List.of("date");
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final StringBuilder log = new StringBuilder();
    private final String name;

    Transcript(String name) {
        this.name = name;
    }

    /** Sends one request to {@code port} and records it; returns the raw (not normalised) body. */
    String exchange(int port, String method, String path, String body, String... headers) {
        return exchange(port, method, path, body, UnaryOperator.identity(), headers);
    }

    /** As {@link #exchange}, with {@code shape} applied to the body before it is recorded. */
    String exchange(int port, String method, String path, String body, UnaryOperator<String> shape,
                    String... headers) {
        HttpResponse<byte[]> response = send(port, method, path, body, headers);
        String raw = new String(response.body(), StandardCharsets.UTF_8);
        log.append("### ").append(method).append(' ').append(normalise(path)).append('\n');
        for (int i = 0; i < headers.length; i += 2) {
            log.append("> ").append(headers[i]).append(": ").append(normalise(headers[i + 1])).append('\n');
        }
        if (body != null) {
            log.append("> ").append(normalise(body)).append('\n');
        }
        log.append("< ").append(response.statusCode()).append('\n');
        new TreeMap<>(response.headers().map()).forEach((header, values) -> {
            if (!UNRECORDED.contains(header.toLowerCase())) {
                values.forEach(v -> log.append("< ").append(header.toLowerCase()).append(": ")
                        .append(normalise(v)).append('\n'));
            }
        });
        log.append(normalise(shape.apply(raw))).append("\n\n");
        return raw;
    }

    private HttpResponse<byte[]> send(int port, String method, String path, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Connection", "close");
        boolean contentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            contentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !contentType) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String normalise(String text) {
        String out = number(TOKEN, "token", text);
        out = number(SESSION, "session", out);
        return REQUEST_ID.matcher(out).replaceAll("<generated-request-id>");
    }

    private String number(Pattern pattern, String kind, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String placeholder = names.computeIfAbsent(m.group(), k -> "<" + kind + "-"
                    + (names.keySet().stream().filter(n -> pattern.matcher(n).matches()).count() + 1) + ">");
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Compares the log with the golden file, or writes it under {@code -Dgolden.record=true}. */
    void verify() {
        Path file = DIR.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("golden.record")) {
                Files.createDirectories(DIR);
                Files.writeString(file, log, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file (record with -Dgolden.record=true)").exists();
            assertThat(log.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
