package tech.arcp.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code prometheus:} the scrape token of {@code GET /metrics/scrape} ({@code METRICS_SCRAPE_TOKEN};
 * empty = scraping refused) and the link capacity the network gauge is a percentage of.
 */
public class PrometheusFactory {
    @NotNull
    @JsonProperty
    private String scrapeToken = "";

    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private long networkCapacityMbps = 1000;

    public ScrapeToken scrapeToken() {
        return new ScrapeToken(scrapeToken);
    }

    public long networkCapacityMbps() {
        return networkCapacityMbps;
    }
}
