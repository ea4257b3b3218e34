package tech.arcp.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.OwnRedis;
import tech.arcp.testing.TestApps;

/**
 * The console in a real headless Chromium when the service cannot answer: the Redis store stopped
 * (503, a banner, retries, no sign-out) and a locked sign-in (429, a countdown). The lockout is
 * last: it locks the client IP on this app.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOutageBrowserTest {
    private static OwnRedis redis;
    private static DropwizardTestSupport<ArcpSessionConfiguration> app;
    private ConsoleTab tab;

    @BeforeAll
    static void start() throws Exception {
        String dir = Files.createTempDirectory("arcp-console-redis").toString();
        redis = new OwnRedis(freePort(), "--appendonly", "yes", "--appendfsync", "always", "--dir", dir);
        redis.start();
        app = ConsoleApps.app(TestApps.redis(redis.url(), "arcp-console:",
                TestApps.setting("sessions.store.commandTimeout", "500ms"),
                TestApps.setting("sessions.store.maxReconnectDelay", "200ms")));
        app.before();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.after();
        }
        redis.stop();
    }

    @AfterEach
    void closeTab() {
        if (tab != null) {
            tab.close();
        }
    }

    @Test
    @Order(1)
    void aStoreOutageShowsABannerAndRetriesWithoutSigningOut() throws Exception {
        tab = ConsoleTab.open(app.getLocalPort(), WindowType.TAB);
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        tab.focus().findElement(By.linkText("Sessions")).click();
        tab.waitUntil(ConsoleTab.SHORT, d -> tab.text("sessions-table").contains("this session"));

        redis.stop();
        tab.byId("sessions-refresh").click();
        tab.waitShown("banner", ConsoleTab.SHORT);
        assertThat(tab.text("banner-text")).contains("The session store is unavailable (session-store-unavailable",
                "You are still signed in.");
        tab.waitUntil(Duration.ofSeconds(8), d -> tab.text("banner-text").contains("(attempt 2)"));
        tab.screenshot("store-unavailable");
        assertThat(tab.shown("expired")).isFalse();
        assertThat(tab.shown("clock")).isTrue();
        assertThat(tab.storedAuth()).isNotNull();

        redis.start();
        tab.waitHidden("banner", Duration.ofSeconds(12));
        assertThat(tab.text("sessions-table")).contains("this session");
        assertThat(tab.shown("expired")).isFalse();
        assertThat(tab.shown("screen-sessions")).isTrue();
    }

    @Test
    @Order(2)
    void aLockedSignInCountsDownItsRetryAfter() {
        tab = ConsoleTab.open(app.getLocalPort(), WindowType.TAB);
        tab.waitShown("screen-signin", ConsoleTab.SHORT);
        for (int i = 0; i < 8 && !tab.text("signin-error").startsWith("Too many"); i++) {
            String before = tab.text("signin-error");
            tab.byId("signin-username").clear();
            tab.byId("signin-username").sendKeys(TestApps.ADMIN);
            tab.byId("signin-password").clear();
            tab.byId("signin-password").sendKeys("wrong-password-" + i, Keys.ENTER);
            tab.waitUntil(ConsoleTab.SHORT, d -> !tab.text("signin-error").isEmpty() && !tab.text("signin-error").equals(before));
        }
        String locked = tab.text("signin-error");
        assertThat(locked).containsPattern("^Too many failed sign-ins\\. Try again in (5:00|4:5\\d)\\.")
                .contains("type: rate-limit-exceeded", "request_id: req_");
        assertThat(tab.byId("signin-submit").isEnabled()).isFalse();
        tab.screenshot("sign-in-locked");
        assertThat(tab.byId("signin-retry").getAriaRole()).isEqualTo("timer");
        int shown = secondsIn(tab.text("signin-retry"));
        assertThat(shown).isBetween(290, 300);
        tab.waitUntil(Duration.ofSeconds(3), d -> secondsIn(tab.text("signin-retry")) < shown);
    }

    private static int secondsIn(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("again in (\\d+):(\\d\\d)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
