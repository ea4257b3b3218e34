package tech.arcp.console;

import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * Not a test: walks a running service's console in the headless Chromium and saves a PNG of each
 * screen, to look at a real deployment (docs/console/tour.sh). Arguments: port, user, directory;
 * the password is read from {@code ADMIN_PASSWORD}.
 */
public final class ConsoleTour {
    private ConsoleTour() {
    }

    public static void main(String[] args) {
        System.setProperty("console.screenshots", args[2]);
        ConsoleTab tab = ConsoleTab.open(Integer.parseInt(args[0]), WindowType.TAB);
        try {
            tab.screenshot("tour-sign-in");
            tab.signIn(args[1], System.getenv("ADMIN_PASSWORD"));
            tab.screenshot("tour-my-session");
            for (String screen : List.of("Sessions", "Settings", "Agents")) {
                tab.focus().findElement(By.linkText(screen)).click();
                tab.waitShown("screen-" + screen.toLowerCase(Locale.ROOT), ConsoleTab.SHORT);
                tab.waitUntil(ConsoleTab.SHORT, d -> !(Boolean) tab.js("return document.querySelector("
                        + "'main > .screen:not([hidden])').textContent.trim() === ''"));
                tab.screenshot("tour-" + screen.toLowerCase(Locale.ROOT));
            }
            tab.byId("sign-out").click();
            tab.waitShown("screen-signin", ConsoleTab.SHORT);
            tab.screenshot("tour-signed-out");
        } finally {
            Chromium.shared().quit();
        }
    }
}
