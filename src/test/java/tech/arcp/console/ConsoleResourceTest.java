package tech.arcp.console;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;
import static tech.arcp.testing.SecurityHeadersAssert.assertSecurityHeaders;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.http.ConsoleHeadersFilter;
import tech.arcp.resources.ConsoleResource;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** The console's files over HTTP: public, same origin, strict CSP, right types, cached only when versioned. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleResourceTest {
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(new TestTime());
    private static final Pattern ASSET = Pattern.compile("\"(/dashboard/assets/([^/\"]+)/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z-]+\\.js)'");
    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    @Test
    void pageIsPublicHtmlThatIsNeverCachedUnderTheStrictPolicy() {
        Http.Reply page = http.get("/dashboard");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html;charset=utf-8");
        assertSecurityHeaders(page);
        assertThat(page.header("Content-Security-Policy")).hasValue(ConsoleHeadersFilter.POLICY);
        assertThat(ConsoleHeadersFilter.POLICY).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'",
                "frame-ancestors 'none'", "form-action 'self'", "require-trusted-types-for 'script'");
        assertThat(page.body()).contains("<html lang=\"en\">", "<title>ARCP admin console</title>")
                .doesNotContain("{{version}}", " style=", "<style", "javascript:")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=\"/dashboard/assets/)");
        assertThat(http.send("HEAD", "/dashboard", null).status()).isEqualTo(200);
    }

    @Test
    void everyModuleIsServedVersionedWithItsTypeAndCachedForGood() {
        Matcher asset = ASSET.matcher(http.get("/dashboard").body());
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        String version = null;
        while (asset.find()) {
            todo.add(asset.group(1));
            version = asset.group(2);
        }
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!seen.add(path)) {
                continue;
            }
            Http.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.header("Cache-Control")).as(path).hasValue(ConsoleResource.IMMUTABLE);
            assertThat(reply.header("Content-Security-Policy")).as(path).hasValue(ConsoleHeadersFilter.POLICY);
            assertThat(reply.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
            if (path.endsWith(".js")) {
                assertThat(reply.contentType()).as(path).isEqualTo("text/javascript;charset=utf-8");
                assertThat(reply.body()).as(path).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
                        "eval(", "new Function", "document.write", "localStorage.setItem('arcp.console.auth'");
                Matcher imports = IMPORT.matcher(reply.body());
                while (imports.find()) {
                    todo.add(path.substring(0, path.lastIndexOf('/') + 1) + imports.group(1));
                }
            } else {
                assertThat(reply.contentType()).as(path).isEqualTo("text/css;charset=utf-8");
            }
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(12);
        assertThat(version).matches("0\\.1\\.0-\\d{14}");
    }

    @Test
    void anAssetOfAnotherVersionIsServedButNotCached() {
        Http.Reply old = http.get("/dashboard/assets/0.0.1-20200101000000/main.js");
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void unknownOrIllFormedAssetNamesAreProblemsUnderThePolicy() {
        for (String path : new String[] {"/dashboard/assets/v/nope.js", "/dashboard/assets/v/index.html",
                "/dashboard/assets/v/..%2Fconsole.css", "/dashboard/assets/v/Main.JS",
                "/dashboard/assets/v/main.js.map"}) {
            Http.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isIn(400, 404);
            assertThat(reply.contentType()).as(path).isEqualTo("application/problem+json");
            assertThat(reply.header("Cache-Control")).as(path).hasValue("no-store");
        }
        assertThat(http.get("/dashboard/assets/v/nope.js").header("Content-Security-Policy"))
                .hasValue(ConsoleHeadersFilter.POLICY);
    }

    @Test
    void thePageDoesNotShadowTheConfigApiAndRefusesOtherMethods() {
        assertProblem(http.get("/dashboard/config"), 401, "authentication-failed");
        Http.Reply post = http.post("/dashboard", "{}");
        assertProblem(post, 405, "method-not-allowed");
        assertThat(post.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }
}
