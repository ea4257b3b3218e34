package tech.arcp.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.http.ApiDocsHeadersFilter;

/**
 * {@code /docs} (Swagger UI) and {@code /redoc} (ReDoc) in a real headless Chromium: each renders
 * the operations of {@code /openapi.json}, no request leaves the origin, no CSP violation happens,
 * and every page and asset carries the docs policy.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiDocsBrowserTest {
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = new DropwizardAppExtension<>(ConsoleApps.app());
    private static final Duration RENDER = Duration.ofSeconds(20);
    private static final String REDOC_CREDIT_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";
    private ConsoleTab tab;

    @AfterEach
    void closeTab() {
        if (tab != null) {
            tab.close();
        }
    }

    @Test
    void swaggerUiRendersTheOperationsFromTheOriginOnly() {
        List<TabDevTools.Sent> sent = render("/docs", ".opblock-summary-path");
        assertThat(tab.js("return window.cspViolations")).asList().isEmpty();
        assertThat(tab.focus().findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(e -> e.getAttribute("data-path"))).contains("/auth/login", "/agents/{agent_id}", "/health");
        assertThat(sent.stream().map(TabDevTools.Sent::url)).contains(tab.origin() + "/openapi.json");
    }

    @Test
    void redocRendersTheOperationsFromTheOriginOnly() {
        List<TabDevTools.Sent> sent = render("/redoc", "[data-section-id^='operation/']");
        assertThat(tab.focus().findElements(By.cssSelector("[data-section-id^='operation/']"))).hasSizeGreaterThan(30);
        assertThat(tab.focus().getPageSource()).contains("/auth/login");
        assertThat(sent.stream().map(TabDevTools.Sent::url)).contains(tab.origin() + "/openapi.json");
    }

    private List<TabDevTools.Sent> render(String page, String operationSelector) {
        tab = ConsoleTab.blank(APP.getLocalPort());
        try (TabDevTools network = new TabDevTools(tab.focus())) {
            network.recordPolicyViolations();
            tab.focus().get(tab.origin() + page);
            tab.waitUntil(RENDER, d -> !d.findElements(By.cssSelector(operationSelector)).isEmpty());
            // ReDoc's sidebar credit links a logo on its CDN: the policy blocks it, nothing else is refused
            assertThat(tab.js("return window.cspViolations")).asList()
                    .allSatisfy(v -> assertThat(v).isEqualTo("img-src " + REDOC_CREDIT_LOGO));
            // data: images never touch the network; the blocked logo gets no response
            assertThat(network.sent()).isNotEmpty().allSatisfy(s -> assertThat(s.url())
                    .satisfiesAnyOf(u -> assertThat(u).startsWith(tab.origin() + "/"),
                            u -> assertThat(u).startsWith("data:"), u -> assertThat(u).isEqualTo(REDOC_CREDIT_LOGO)));
            assertThat(network.got()).allSatisfy(g -> assertThat(g.url())
                    .satisfiesAnyOf(u -> assertThat(u).startsWith(tab.origin() + "/"),
                            u -> assertThat(u).startsWith("data:")));
            assertThat(network.got().stream().filter(g -> g.url().contains("/docs") || g.url().endsWith("/redoc")))
                    .isNotEmpty().allSatisfy(g -> assertThat(g.headers().get("content-security-policy"))
                            .isEqualTo(ApiDocsHeadersFilter.POLICY));
            return network.sent();
        }
    }
}
