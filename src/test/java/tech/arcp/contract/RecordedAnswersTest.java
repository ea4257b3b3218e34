package tech.arcp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * The answers the golden tests pin byte for byte ({@code golden/admin-api.txt}, {@code agents.txt}:
 * every endpoint with its problems, over a hundred exchanges) fit the served document too. Those
 * tests prove the app still answers them; this one, that the document describes each of them.
 * Requests to no operation of the document (an unknown path, a method the path lacks) must be
 * answered 404 or 405.
 */
class RecordedAnswersTest {
    private static final TestTime TIME = new TestTime();
    private static final Pattern EXCHANGE = Pattern.compile("(?m)^### ");

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    @Test
    void everyRecordedAnswerOfTheApiPortFitsTheDocument() throws IOException {
        Http.Reply served = new Http(APP.getLocalPort()).get("/openapi.json");
        OpenApiContract contract = OpenApiContract.read(served.body());
        List<Route> routes = contract.operations().stream().map(Route::of)
                .sorted(Comparator.comparingInt(Route::parameters)).toList();
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String file : List.of("admin-api.txt", "agents.txt")) {
            String text = Files.readString(Path.of("src/test/resources/golden", file));
            for (String block : EXCHANGE.split(text)) {
                if (block.isBlank()) {
                    continue;
                }
                Recorded recorded = Recorded.parse(block);
                Optional<Route> route = routes.stream().filter(r -> r.matches(recorded.method(), recorded.path()))
                        .findFirst();
                if (route.isEmpty()) {
                    assertThat(recorded.status()).as(file + ": " + recorded.request()).isIn(404, 405);
                    continue;
                }
                checked++;
                contract.violations(route.get().operation(), recorded.status(), recorded.contentType(), recorded.body())
                        .forEach(v -> violations.add(file + ": " + recorded.request() + ": " + v));
            }
        }
        assertThat(violations).isEmpty();
        assertThat(checked).as("exchanges checked").isGreaterThanOrEqualTo(100);
    }

    /** An operation of the document and the request paths it answers. */
    private record Route(String operation, String method, Pattern path, int parameters) {
        static Route of(String operation) {
            String[] parts = operation.split(" ", 2);
            String regex = Pattern.quote(parts[1]).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            return new Route(operation, parts[0], Pattern.compile(regex), parts[1].split("\\{", -1).length - 1);
        }

        boolean matches(String requestMethod, String requestPath) {
            return method.equals(requestMethod) && path.matcher(requestPath).matches();
        }
    }

    /** One exchange: {@code ### METHOD path}, {@code >} request lines, {@code <} status and headers, the body. */
    private record Recorded(String method, String path, int status, String contentType, String body) {
        static Recorded parse(String block) {
            String[] lines = block.split("\n", -1);
            String[] request = lines[0].split(" ", 2);
            int status = 0;
            String contentType = null;
            int i = 1;
            while (i < lines.length && lines[i].startsWith("> ")) {
                i++;
            }
            if (i < lines.length && lines[i].startsWith("< ")) {
                status = Integer.parseInt(lines[i++].substring(2).trim());
            }
            for (; i < lines.length && lines[i].startsWith("< "); i++) {
                String header = lines[i].substring(2);
                if (header.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = header.substring("content-type:".length()).trim();
                }
            }
            String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length)).strip();
            return new Recorded(request[0], request[1].split("\\?", 2)[0], status, contentType, body);
        }

        String request() {
            return method + " " + path + " → " + status;
        }
    }
}
