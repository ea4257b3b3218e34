package tech.arcp.console;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;

/**
 * The console in a real headless Chromium when its session ends under it: re-authentication in
 * place, a revocation by another client, and a sign-out in another tab.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleInterruptionsBrowserTest {
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = new DropwizardAppExtension<>(ConsoleApps.app());
    /** The console re-syncs at least this often (and sooner, when the idle warning starts). */
    private static final Duration RESYNC = Duration.ofSeconds(60);
    private static final String REVOKED = "The session was ended by another session, or you signed out elsewhere.";
    private ConsoleTab tab;

    @AfterEach
    void closeTabs() {
        if (tab != null) {
            tab.close();
        }
    }

    @Test
    void reauthenticationInPlaceKeepsAHalfTypedSettingAndTheScreen() {
        Http http = new Http(APP.getLocalPort());
        tab = ConsoleTab.open(APP.getLocalPort(), WindowType.TAB);
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        tab.focus().findElement(By.linkText("Settings")).click();
        tab.waitUntil(ConsoleTab.SHORT, d -> "50".equals(tab.byId("max_per_user").getDomProperty("value")));
        tab.screenshot("settings");
        WebElement max = tab.byId("max_per_user");
        max.clear();
        max.sendKeys("2");
        Admin before = tab.asClient(http);
        assertThat(before.post("/auth/logout", "").status()).isEqualTo(200);

        WebElement save = tab.byId("settings-form").findElement(By.cssSelector("button[type=submit]"));
        save.click();
        tab.waitShown("expired", ConsoleTab.SHORT);
        assertThat(tab.text("expired-reason")).isEqualTo(REVOKED);
        assertThat(tab.activeId()).isEqualTo("expired-password");
        tab.type(TestApps.ADMIN_PASSWORD, Keys.ENTER);
        tab.waitHidden("expired", ConsoleTab.SHORT);

        assertThat(tab.shown("screen-settings")).isTrue();
        assertThat(tab.byId("max_per_user").getDomProperty("value")).isEqualTo("2");
        assertThat(tab.focus().switchTo().activeElement()).isEqualTo(save);
        Admin after = tab.asClient(http);
        assertThat(after.sessionId()).isNotEqualTo(before.sessionId());

        retryTheSaveWithANewPin(after);
    }

    /** The new session has no PIN: set one (a weak one is refused, with its reason), then save again. */
    private void retryTheSaveWithANewPin(Admin admin) {
        tab.byId("max_per_user").sendKeys("5");
        tab.waitShown("pin-form", ConsoleTab.SHORT);
        tab.byId("new-pin").sendKeys("1234", Keys.ENTER);
        tab.waitUntil(ConsoleTab.SHORT, d -> tab.text("new-pin-error").contains("too easy to guess"));
        tab.byId("new-pin").clear();
        tab.byId("new-pin").sendKeys("8264", Keys.ENTER);
        tab.waitHidden("pin-form", ConsoleTab.SHORT);
        tab.byId("settings-pin").sendKeys("8264");
        WebElement idle = tab.byId("idle_timeout");
        idle.clear();
        idle.sendKeys("30");
        tab.byId("settings-form").findElement(By.cssSelector("button[type=submit]")).click();
        tab.waitUntil(ConsoleTab.SHORT, d -> !tab.text("idle_timeout-error").isEmpty());
        assertThat(tab.text("idle_timeout-error")).contains("60");
        assertThat(admin.get("/dashboard/config").json().get("max_per_user").asInt()).isEqualTo(50);

        idle.clear();
        idle.sendKeys(Long.toString(ConsoleApps.IDLE.toSeconds()));
        tab.byId("settings-form").findElement(By.cssSelector("button[type=submit]")).click();
        tab.waitUntil(ConsoleTab.SHORT, d -> tab.text("settings-saved").equals("Settings saved."));
        assertThat(admin.get("/dashboard/config").json().get("max_per_user").asInt()).isEqualTo(25);
    }

    @Test
    void aSessionRevokedByAnotherClientShowsEndedByAnotherSession() {
        Http http = new Http(APP.getLocalPort());
        tab = ConsoleTab.open(APP.getLocalPort(), WindowType.TAB);
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        tab.focus().findElement(By.linkText("Sessions")).click();
        tab.waitUntil(ConsoleTab.SHORT, d -> tab.text("sessions-table").contains("this session"));
        tab.screenshot("sessions");
        Admin console = tab.asClient(http);

        Admin other = Admin.login(http, "fp-another-client");
        assertThat(other.post("/auth/logout_all", "").status()).isEqualTo(200);

        tab.waitShown("expired", RESYNC.plusSeconds(2));
        assertThat(tab.text("expired-reason")).isEqualTo(REVOKED);
        assertThat(assertProblem(console.get("/auth/session_status"), 401, "session-invalid")
                .get("reason").asText()).isEqualTo("revoked");
        tab.screenshot("expired-revoked");
    }

    @Test
    void signingOutInOneTabSignsOutTheOtherWithinASecond() {
        Http http = new Http(APP.getLocalPort());
        tab = ConsoleTab.open(APP.getLocalPort(), WindowType.TAB);
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        ConsoleTab second = ConsoleTab.open(APP.getLocalPort(), WindowType.WINDOW);
        second.waitShown("clock", ConsoleTab.SHORT);
        assertThat(second.storedAuth().get("sessionId").asText()).isEqualTo(tab.storedAuth().get("sessionId").asText());
        Admin shared = second.asClient(http);

        tab.byId("sign-out").click();
        second.waitUntil(Duration.ofSeconds(1), d -> second.shown("screen-signin"));
        assertThat(second.text("signin-notice")).isEqualTo("You signed out in another tab.");
        assertThat(second.storedAuth()).isNull();
        assertThat((String) second.js("return document.querySelector('main').textContent"))
                .doesNotContain(shared.sessionId());
        assertThat(tab.shown("screen-signin")).isTrue();
        assertThat(assertProblem(shared.get("/auth/session_status"), 401, "session-invalid")
                .get("reason").asText()).isEqualTo("revoked");
    }

    @Test
    void endingAnotherSessionAsksForThePinAndSignOutEverywhereEndsThemAll() {
        Http http = new Http(APP.getLocalPort());
        tab = ConsoleTab.open(APP.getLocalPort(), WindowType.TAB);
        tab.signIn(TestApps.ADMIN, TestApps.ADMIN_PASSWORD);
        Admin laptop = Admin.login(http, "fp-laptop");
        tab.focus().findElement(By.linkText("Settings")).click();
        tab.waitShown("pin-form", ConsoleTab.SHORT);
        tab.byId("new-pin").sendKeys("8264", Keys.ENTER);
        tab.waitHidden("pin-form", ConsoleTab.SHORT);

        tab.focus().findElement(By.linkText("Sessions")).click();
        tab.waitUntil(ConsoleTab.SHORT, d -> tab.text("sessions-table").contains(laptop.sessionId()));
        tab.focus().findElement(By.cssSelector("button[aria-label='End session " + laptop.sessionId() + "']")).click();
        tab.waitShown("pin-dialog", ConsoleTab.SHORT);
        assertThat(tab.activeId()).isEqualTo("pin-dialog-pin");
        tab.type("0000", Keys.ENTER);
        tab.waitShown("pin-dialog-error", ConsoleTab.SHORT);
        assertThat(tab.text("pin-dialog-error")).contains("pin-incorrect", "4 wrong PIN(s) left before this session ends.");
        assertThat(tab.shown("expired")).isFalse();
        tab.screenshot("end-session-pin");
        tab.byId("pin-dialog-pin").clear();
        tab.byId("pin-dialog-pin").sendKeys("8264", Keys.ENTER);
        tab.waitHidden("pin-dialog", ConsoleTab.SHORT);
        tab.waitUntil(ConsoleTab.SHORT, d -> !tab.text("sessions-table").contains(laptop.sessionId()));
        assertThat(tab.activeId()).isEqualTo("sessions-title");
        assertThat(assertProblem(laptop.get("/auth/session_status"), 401, "session-invalid")
                .get("reason").asText()).isEqualTo("revoked");

        Admin phone = Admin.login(http, "fp-phone");
        tab.byId("sign-out-everywhere").click();
        tab.waitShown("screen-signin", ConsoleTab.SHORT);
        assertThat(tab.text("signin-notice")).startsWith("You signed out everywhere");
        assertProblem(phone.get("/auth/session_status"), 401, "session-invalid");
    }
}
