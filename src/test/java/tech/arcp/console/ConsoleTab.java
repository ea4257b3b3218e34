package tech.arcp.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;

/** One tab of the shared Chromium showing the console: what a person sees and does there. */
final class ConsoleTab {
    static final Duration SHORT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChromeDriver driver = Chromium.shared();
    private final String handle;
    private final String base;

    private ConsoleTab(String base, WindowType type) {
        this.base = base;
        this.handle = Chromium.open(type);
    }

    /** A new tab, not yet on the console (so that a network log can be attached first). */
    static ConsoleTab blank(int port) {
        return new ConsoleTab("http://127.0.0.1:" + port, WindowType.TAB);
    }

    /** A new tab (or window) on the console page. */
    static ConsoleTab open(int port, WindowType type) {
        ConsoleTab tab = new ConsoleTab("http://127.0.0.1:" + port, type);
        tab.load();
        return tab;
    }

    String origin() {
        return base;
    }

    ConsoleTab load() {
        focus().get(base + "/dashboard");
        waitUntil(SHORT, d -> js("return document.readyState").equals("complete"));
        return this;
    }

    ChromeDriver focus() {
        driver.switchTo().window(handle);
        return driver;
    }

    WebElement byId(String id) {
        return focus().findElement(By.id(id));
    }

    boolean shown(String id) {
        return byId(id).isDisplayed();
    }

    String text(String id) {
        return byId(id).getText();
    }

    void waitShown(String id, Duration bound) {
        waitUntil(bound, d -> shown(id));
    }

    void waitHidden(String id, Duration bound) {
        waitUntil(bound, d -> !shown(id));
    }

    <T> T waitUntil(Duration bound, ExpectedCondition<T> condition) {
        return new WebDriverWait(focus(), bound, Duration.ofMillis(50)).until(condition);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) focus()).executeScript(script, args);
    }

    /** Types into the focused control, as a keyboard does. */
    void type(CharSequence... keys) {
        focus().switchTo().activeElement().sendKeys(keys);
    }

    /** Signs in with the keyboard only: the page focuses Username; Tab to Password; Enter submits. */
    void signIn(String user, String password) {
        waitShown("screen-signin", SHORT);
        waitUntil(SHORT, d -> "signin-username".equals(activeId()));
        type(user, Keys.TAB);
        type(password, Keys.ENTER);
        waitShown("clock", SHORT);
        waitUntil(SHORT, d -> !text("idle-timer").startsWith("-"));
    }

    String activeId() {
        return focus().switchTo().activeElement().getAttribute("id");
    }

    /** The idle countdown, in seconds, as shown. */
    int idleSecondsShown() {
        String[] parts = text("idle-timer").split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    /** What the console keeps in this tab's sessionStorage (token, username, session id); null when none. */
    JsonNode storedAuth() {
        Object raw = js("return sessionStorage.getItem('arcp.console.auth')");
        try {
            return raw == null ? null : JSON.readTree(raw.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fingerprint() {
        return (String) js("return localStorage.getItem('arcp.console.fingerprint')");
    }

    /** Another client holding this tab's token and fingerprint (as a script on the admin's machine would). */
    Admin asClient(Http http) {
        JsonNode auth = storedAuth();
        return new Admin(http, auth.get("token").asText(), fingerprint(), auth.get("sessionId").asText());
    }

    /** Saves a PNG of the tab when {@code -Dconsole.screenshots=<dir>} is set (docs/console.md's pictures). */
    void screenshot(String name) {
        String dir = System.getProperty("console.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(dir).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, focus().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        focus().close();
        Chromium.closeOthers();
    }
}
