package tech.arcp.observability;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code prometheus:} the scrape token of {@code GET /metrics/scrape} ({@code METRICS_SCRAPE_TOKEN};
 * empty = scraping refused) and the link capacity the network gauge is a percentage of.
 */
public class PrometheusFactory {
    /** Empty or unset (an unset {@code METRICS_SCRAPE_TOKEN} leaves the YAML value null): scraping answers 403. */
    @JsonProperty
    private String scrapeToken = "";

    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private long networkCapacityMbps = 1000;

    public ScrapeToken scrapeToken() {
        return new ScrapeToken(scrapeToken == null ? "" : scrapeToken);
    }

    public long networkCapacityMbps() {
        return networkCapacityMbps;
    }
}
