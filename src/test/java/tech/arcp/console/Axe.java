package tech.arcp.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** axe-core (from its webjar) run in a console tab: the serious and critical violations it finds. */
final class Axe {
    private static final String SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + "  .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
            + ".catch(e => done(['axe failed: ' + e]));";
    private static String source;

    private Axe() {
    }

    /** Injects axe-core into the tab (from the test, not from the page, whose CSP allows no other script) and runs it. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ConsoleTab tab) {
        if (tab.js("return typeof window.axe") .equals("undefined")) {
            tab.js(source());
        }
        return (List<String>) tab.focus().executeAsyncScript(RUN);
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
