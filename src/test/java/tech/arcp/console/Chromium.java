package tech.arcp.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for every browser test of the JVM (Debian's {@code chromium}, driven by its
 * {@code chromium-driver} at fixed paths, so Selenium Manager never looks for a driver), with a fresh
 * profile; each scenario works in tabs of its own and closes them. Quit when the JVM ends.
 */
final class Chromium {
    static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
    private static ChromeDriver driver;
    private static String anchor;

    private Chromium() {
    }

    /** The shared browser, started on first use; its first tab stays open (blank) between scenarios. */
    static synchronized ChromeDriver shared() {
        if (driver == null) {
            driver = start();
            anchor = driver.getWindowHandle();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "chromium-quit"));
        }
        return driver;
    }

    /** Opens a new tab (or window) and switches to it. */
    static synchronized String open(WindowType type) {
        return shared().switchTo().newWindow(type).getWindowHandle();
    }

    /** Closes every tab but the anchor, and switches to it. */
    static synchronized void closeOthers() {
        Set<String> handles = shared().getWindowHandles();
        for (String handle : handles) {
            if (!handle.equals(anchor)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(anchor);
    }

    private static ChromeDriver start() {
        if (!new File(BINARY).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("The console's browser tests need " + BINARY + " and " + DRIVER
                    + " (Debian: apt-get install chromium chromium-driver; .ci/run does it)");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile()));
        return new ChromeDriver(service, options);
    }

    private static String profile() {
        try {
            File dir = Files.createTempDirectory("arcp-console-chromium").toFile();
            dir.deleteOnExit();
            return dir.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
