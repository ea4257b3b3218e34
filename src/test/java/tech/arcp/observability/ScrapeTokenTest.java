package tech.arcp.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrapeTokenTest {

    @Test
    void acceptsOnlyTheConfiguredToken() {
        ScrapeToken token = new ScrapeToken("s3cret-scrape-token");
        assertThat(token.isConfigured()).isTrue();
        assertThat(token.matches("s3cret-scrape-token")).isTrue();
        assertThat(token.matches("s3cret-scrape-tokeN")).isFalse();
        assertThat(token.matches("s3cret")).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void anUnsetTokenAcceptsNothing() {
        for (String unset : new String[] {"", null}) {
            ScrapeToken token = new ScrapeToken(unset);
            assertThat(token.isConfigured()).isFalse();
            assertThat(token.matches("")).isFalse();
            assertThat(token.matches(null)).isFalse();
        }
    }

    @Test
    void neverPrintsTheToken() {
        assertThat(new ScrapeToken("s3cret-scrape-token").toString()).doesNotContain("s3cret");
    }
}
