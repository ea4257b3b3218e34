package tech.arcp.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.http.ConsoleHeadersFilter;
import tech.arcp.testing.Admin;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;

/**
 * The console in a real headless Chromium against hostile data and its own policy: stored markup
 * stays text, nothing leaves the origin, every console response carries the CSP, and axe-core finds
 * no serious or critical violation on any screen.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleSafetyBrowserTest {
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = new DropwizardAppExtension<>(ConsoleApps.app());
    static final String HOSTILE_NAME = "<img src=x onerror=top.xss=1>";
    static final String HOSTILE_BRIEF = "<script>top.xss=2</script> and <b>bold</b> words";
    private ConsoleTab tab;

    @BeforeAll
    static void registerAHostileAgent() {
        Http http = new Http(APP.getLocalPort());
        Http.Reply temp = http.post("/auth/agent/request_temp_token",
                "{\"agent_id\":\"xss-agent\",\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}");
        assertThat(temp.status()).as(temp.body()).isEqualTo(200);
        ObjectNode body = AgentBodies.registration("xss-agent");
        body.put("name", HOSTILE_NAME);
        body.put("context_brief", HOSTILE_BRIEF);
        Http.Reply registered = http.post("/agents/register", AgentBodies.json(body),
                "Authorization", "Bearer " + temp.json().get("temp_token").asText());
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
    }

    @AfterEach
    void closeTab() {
        if (tab != null) {
            tab.close();
        }
    }

    @Test
    void agentMarkupIsShownAsLiteralTextAndNothingRuns() {
        tab = ConsoleTab.open(APP.getLocalPort(), WindowType.TAB);
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        tab.focus().findElement(By.linkText("Agents")).click();
        tab.waitUntil(ConsoleTab.SHORT, d -> tab.text("agents-table").contains(HOSTILE_NAME));
        assertThat(tab.byId("agents-table").findElements(By.cssSelector("tbody img, tbody script, tbody b"))).isEmpty();
        tab.byId("agents-table").findElement(By.cssSelector("tbody button")).click();
        tab.waitShown("agent-details", ConsoleTab.SHORT);
        assertThat(tab.text("agent-facts")).contains(HOSTILE_NAME, HOSTILE_BRIEF);
        assertThat(tab.byId("agent-details").findElements(By.cssSelector("dd *"))).isEmpty();
        assertThat(tab.js("return typeof top.xss")).isEqualTo("undefined");
        tab.screenshot("agents");
    }

    @Test
    void noRequestLeavesTheOriginAndEveryConsoleResponseCarriesThePolicy() {
        tab = ConsoleTab.blank(APP.getLocalPort());
        try (TabDevTools network = new TabDevTools(tab.focus())) {
            network.recordPolicyViolations();
            tab.load();
            tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
            visitEveryScreen();
            assertThat(network.sent()).isNotEmpty().allSatisfy(sent -> assertThat(sent.url()).startsWith(tab.origin() + "/"));
            List<TabDevTools.Got> console = network.got().stream()
                    .filter(got -> got.url().startsWith(tab.origin() + "/dashboard")
                            && !got.url().endsWith("/dashboard/config")).toList();
            assertThat(console).extracting(TabDevTools.Got::type).contains("Document", "Script", "Stylesheet");
            assertThat(console).allSatisfy(got -> {
                assertThat(got.headers().get("content-security-policy")).isEqualTo(ConsoleHeadersFilter.POLICY);
                assertThat(got.headers().get("x-content-type-options")).isEqualTo("nosniff");
            });
            assertThat(network.got()).allSatisfy(got -> assertThat(got.headers()).containsEntry("x-content-type-options", "nosniff"));
            assertThat(tab.js("return window.cspViolations")).asList().isEmpty();
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyScreen() {
        tab = ConsoleTab.open(APP.getLocalPort(), WindowType.TAB);
        tab.screenshot("sign-in");
        assertThat(Axe.seriousViolations(tab)).as("sign in").isEmpty();
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        assertThat(Axe.seriousViolations(tab)).as("my session").isEmpty();
        for (String screen : List.of("Sessions", "Settings", "Agents")) {
            tab.focus().findElement(By.linkText(screen)).click();
            tab.waitUntil(ConsoleTab.SHORT, d -> tab.shown("screen-" + screen.toLowerCase(java.util.Locale.ROOT)));
            tab.waitUntil(ConsoleTab.SHORT, d -> !tab.js("return document.querySelector('main > .screen:not([hidden]) tbody, #settings-rules')"
                    + "?.textContent ?? 'x'").equals(""));
            assertThat(Axe.seriousViolations(tab)).as(screen).isEmpty();
        }
        Admin client = tab.asClient(new Http(APP.getLocalPort()));
        assertThat(client.post("/auth/logout", "").status()).isEqualTo(200);
        tab.byId("agents-refresh").click();
        tab.waitShown("expired", ConsoleTab.SHORT);
        assertThat(Axe.seriousViolations(tab)).as("expired dialog").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyWayASessionEndsHasItsOwnWords() {
        tab = ConsoleTab.open(APP.getLocalPort(), WindowType.TAB);
        List<List<String>> cases = List.of(List.of("session-expired", "idle_timeout"),
                List.of("session-expired", "absolute_timeout"), List.of("session-expired", "unknown"),
                List.of("session-invalid", "revoked"), List.of("session-invalid", "evicted"),
                List.of("session-invalid", "pin_attempts"), List.of("session-invalid", "fingerprint_mismatch"));
        List<String> words = (List<String>) tab.focus().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const cases = arguments[0];"
                + "import(document.querySelector('script[type=module]').src.replace('main.js', 'expiry.js'))"
                + ".then(m => done(cases.map(([slug, reason]) =>"
                + "  m.reasonText({slug, reason, body: {session_timeout: 3600}}))))"
                + ".catch(e => done(['import failed: ' + e]));", cases);
        assertThat(words).containsExactly(
                "You were idle for 60 minutes, so the session ended.",
                "The session reached its absolute lifetime, which no activity can extend.",
                "The server no longer knows this session: it restarted, or its session store was cleared.",
                "The session was ended by another session, or you signed out elsewhere.",
                "The session was ended by a newer sign-in: there were more sessions than the limit per user.",
                "The session was ended after too many wrong PINs.",
                "This browser's fingerprint does not match the session (fingerprint mismatch).");
    }

    private void visitEveryScreen() {
        for (String screen : List.of("Sessions", "Settings", "Agents", "My session")) {
            tab.focus().findElement(By.linkText(screen)).click();
        }
        tab.focus().findElement(By.linkText("Agents")).click();
        tab.waitUntil(ConsoleTab.SHORT, d -> tab.text("agents-table").contains(HOSTILE_NAME));
        tab.byId("agents-table").findElement(By.cssSelector("tbody button")).click();
        tab.waitShown("agent-details", ConsoleTab.SHORT);
    }
}
