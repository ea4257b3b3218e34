package tech.arcp.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;

/**
 * The console in a real headless Chromium, the life of one session: signing in with the keyboard,
 * the countdown, idling until expiry (quiet reads only), "Stay signed in" and the absolute deadline.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleSessionBrowserTest {
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = new DropwizardAppExtension<>(ConsoleApps.app());
    private static final Duration WARNING_AT = ConsoleApps.IDLE.dividedBy(4);
    private ConsoleTab tab;

    @AfterEach
    void closeTab() {
        if (tab != null) {
            tab.close();
        }
    }

    @Test
    void signsInWithTheKeyboardAloneAndTheCountdownRunsDown() {
        tab = ConsoleTab.open(APP.getLocalPort(), WindowType.TAB);
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        assertThat(tab.byId("idle-timer").getAriaRole()).isEqualTo("timer");
        assertThat(tab.byId("idle-timer").getAccessibleName()).isEqualTo("Idle time left");
        int first = tab.idleSecondsShown();
        assertThat(first).isBetween((int) ConsoleApps.IDLE.toSeconds() - 3, (int) ConsoleApps.IDLE.toSeconds());
        tab.waitUntil(Duration.ofSeconds(3), d -> tab.idleSecondsShown() < first);
        assertThat(tab.activeId()).isEqualTo("session-title");
        assertThat(tab.text("session-facts")).contains("Signed in as", TestApps.ADMIN, "Absolute deadline", "PIN");
        tab.screenshot("my-session");

        String token = tab.storedAuth().get("token").asText();
        String fingerprint = tab.fingerprint();
        assertThat(fingerprint).matches("[0-9a-f]{32}");
        assertThat((String) tab.js("return JSON.stringify(Object.assign({}, localStorage))")).doesNotContain(token);
        assertThat(tab.focus().getCurrentUrl()).doesNotContain(token);

        tab.load();
        tab.waitShown("clock", ConsoleTab.SHORT);
        assertThat(tab.storedAuth().get("token").asText()).isEqualTo(token);
        assertThat(tab.fingerprint()).isEqualTo(fingerprint);
        assertThat(tab.shown("expired")).isFalse();
    }

    @Test
    void aFastBrowserClockAnotherTimeZoneAndWindowSizeChangeNeitherTheCountdownNorTheFingerprint() {
        tab = ConsoleTab.blank(APP.getLocalPort());
        try (TabDevTools devTools = new TabDevTools(tab.focus())) {
            devTools.skewClock(Duration.ofHours(1));
            tab.load();
            assertThat((Long) tab.js("return Date.now()") - System.currentTimeMillis()).isGreaterThan(3_500_000L);
            tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
            assertThat(tab.idleSecondsShown()).isBetween((int) ConsoleApps.IDLE.toSeconds() - 3,
                    (int) ConsoleApps.IDLE.toSeconds());
            String fingerprint = tab.fingerprint();
            String session = tab.storedAuth().get("sessionId").asText();

            devTools.timeZone("Asia/Tokyo");
            tab.focus().manage().window().setSize(new Dimension(800, 600));
            tab.load();
            tab.waitShown("clock", ConsoleTab.SHORT);
            tab.waitUntil(ConsoleTab.SHORT, d -> !tab.text("idle-timer").startsWith("-"));
            assertThat(tab.js("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("Asia/Tokyo");
            assertThat(tab.fingerprint()).isEqualTo(fingerprint);
            assertThat(tab.storedAuth().get("sessionId").asText()).isEqualTo(session);
            assertThat(tab.idleSecondsShown()).isPositive();
            assertThat(tab.shown("expired")).isFalse();
            assertThat(tab.asClient(new Http(APP.getLocalPort())).get("/auth/session_status").status()).isEqualTo(200);
        } finally {
            tab.focus().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void idleUntilExpirySendsOnlyQuietReadsWarnsAndShowsTheIdleReason() {
        tab = ConsoleTab.blank(APP.getLocalPort());
        try (TabDevTools network = new TabDevTools(tab.focus())) {
            tab.load();
            tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
            long idleFrom = System.nanoTime();
            Admin client = tab.asClient(new Http(APP.getLocalPort()));
            Instant deadline = Instant.parse(client.get("/auth/session_status").json().get("idle_expires_at").asText());

            tab.waitShown("warning", ConsoleApps.IDLE);
            assertThat(tab.idleSecondsShown()).isLessThanOrEqualTo((int) WARNING_AT.toSeconds());
            assertThat(tab.byId("announce").getAttribute("aria-live")).isEqualTo("polite");
            assertThat(tab.text("announce")).contains("Stay signed in");
            tab.screenshot("idle-warning");

            tab.waitShown("expired", ConsoleApps.IDLE);
            Instant shownAt = Instant.now();
            assertThat(shownAt).isBetween(deadline.minusMillis(100), deadline.plusSeconds(2));
            assertThat(tab.byId("expired").getAriaRole()).isEqualTo("dialog");
            assertThat(tab.text("expired-title")).isEqualTo("Your session has expired");
            assertThat(tab.text("expired-reason")).isEqualTo("You were idle for 20 seconds, so the session ended.");
            assertThat(tab.text("expired-request")).matches("Request ID: req_[0-9a-f]{12}");
            assertThat(tab.activeId()).isEqualTo("expired-password");
            tab.screenshot("expired-idle");

            assertThat(network.sentSince(idleFrom)).isNotEmpty().allSatisfy(sent -> {
                assertThat(sent.method()).isEqualTo("GET");
                assertThat(sent.path()).isEqualTo("/auth/session_status");
            });
            JsonNode ended = assertProblem(client.get("/auth/session_status"), 401, "session-expired");
            assertThat(ended.get("reason").asText()).isEqualTo("idle_timeout");

            int requests = network.sent().size();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() ->
                    network.sent().size() == requests && tab.text("idle-timer").equals("0:00"));
        }
    }

    @Test
    void staySignedInMovesTheIdleDeadlineButNeverTheAbsoluteOne() {
        tab = ConsoleTab.blank(APP.getLocalPort());
        TabDevTools devTools = new TabDevTools(tab.focus());
        tab.load();
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        Admin client = tab.asClient(new Http(APP.getLocalPort()));
        JsonNode before = client.get("/auth/session_status").json();
        Instant absolute = Instant.parse(before.get("absolute_expires_at").asText());

        tab.waitShown("warning", ConsoleApps.IDLE);
        long clicked = System.nanoTime();
        tab.byId("stay").click();
        tab.waitHidden("warning", ConsoleTab.SHORT);
        assertThat(tab.idleSecondsShown()).isGreaterThan((int) WARNING_AT.toSeconds() + 5);
        assertThat(devTools.sentSince(clicked)).extracting(TabDevTools.Sent::path)
                .containsOnlyOnce("/auth/pin_status").allMatch(path -> path.equals("/auth/pin_status")
                        || path.equals("/auth/session_status"));
        devTools.close();
        JsonNode after = client.get("/auth/session_status").json();
        assertThat(Instant.parse(after.get("idle_expires_at").asText()))
                .isAfter(Instant.parse(before.get("idle_expires_at").asText()).plusSeconds(5));
        assertThat(after.get("absolute_expires_at").asText()).isEqualTo(before.get("absolute_expires_at").asText());

        tab.waitShown("absolute-notice", ConsoleApps.ABSOLUTE);
        assertThat(tab.text("absolute-text")).contains("absolute limit", "cannot be extended");
        tab.waitShown("warning", WARNING_AT.plusSeconds(2));
        tab.screenshot("absolute-notice");
        tab.byId("stay").click();
        tab.waitHidden("warning", ConsoleTab.SHORT);
        assertThat(client.get("/auth/session_status").json().get("absolute_expires_at").asText())
                .isEqualTo(before.get("absolute_expires_at").asText());

        tab.waitShown("expired", ConsoleApps.IDLE);
        assertThat(Instant.now()).isBetween(absolute.minusMillis(100), absolute.plusSeconds(2));
        assertThat(tab.text("expired-reason")).contains("absolute lifetime");
        tab.screenshot("expired-absolute");
        JsonNode ended = assertProblem(client.get("/auth/session_status"), 401, "session-expired");
        assertThat(ended.get("reason").asText()).isEqualTo("absolute_timeout");
    }
}
