package tech.arcp.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.emulation.Emulation;
import org.openqa.selenium.devtools.v156.network.Network;
import org.openqa.selenium.devtools.v156.page.Page;

/**
 * The Chrome DevTools Protocol (Chromium 156) on one tab: every request it sends and every response
 * it gets, read from the browser itself; scripts run before each page's own; an emulated time zone.
 */
final class TabDevTools implements AutoCloseable {
    /** A request as the browser sent it. */
    record Sent(String method, String url, long at) {
        String path() {
            return java.net.URI.create(url).getPath();
        }
    }

    /** A response as the browser got it; header names in lower case. */
    record Got(String url, int status, String type, Map<String, String> headers) {
    }

    private final DevTools devTools;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Got> got = new CopyOnWriteArrayList<>();

    /** Starts capturing in the driver's current tab. */
    TabDevTools(ChromeDriver driver) {
        devTools = driver.getDevTools();
        devTools.createSession(driver.getWindowHandle());
        devTools.send(Network.enable(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        devTools.addListener(Network.requestWillBeSent(), e -> sent.add(
                new Sent(e.getRequest().getMethod(), e.getRequest().getUrl(), System.nanoTime())));
        devTools.addListener(Network.responseReceived(), e -> got.add(new Got(e.getResponse().getUrl(),
                e.getResponse().getStatus(), e.getType().toString(), lowerCase(e.getResponse().getHeaders()))));
    }

    /** From the next page load on, the page keeps every CSP violation it sees in {@code window.cspViolations}. */
    void recordPolicyViolations() {
        beforeEveryPage("window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation',"
                + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
    }

    /** From the next page load on, the browser's clock reads {@code skew} ahead of the real one (Date.now and new Date()). */
    void skewClock(java.time.Duration skew) {
        beforeEveryPage("(() => { const skew = " + skew.toMillis() + "; const RealDate = Date;"
                + " const now = () => RealDate.now() + skew;"
                + " class SkewedDate extends RealDate { constructor(...a) { super(...(a.length ? a : [now()])); } }"
                + " SkewedDate.now = now; globalThis.Date = SkewedDate; })();");
    }

    /** Emulates the time zone {@code zone} (an IANA id) in this tab from now on. */
    void timeZone(String zone) {
        devTools.send(Emulation.setTimezoneOverride(zone));
    }

    private void beforeEveryPage(String script) {
        devTools.send(Page.enable(Optional.empty()));
        devTools.send(Page.addScriptToEvaluateOnNewDocument(script, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The requests sent since {@code since} ({@link System#nanoTime()}). */
    List<Sent> sentSince(long since) {
        return sent.stream().filter(s -> s.at() >= since).toList();
    }

    List<Got> got() {
        return List.copyOf(got);
    }

    private static Map<String, String> lowerCase(Map<String, Object> headers) {
        Map<String, String> out = new java.util.HashMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), String.valueOf(v)));
        return out;
    }

    @Override
    public void close() {
        devTools.clearListeners();
        devTools.disconnectSession();
    }
}
