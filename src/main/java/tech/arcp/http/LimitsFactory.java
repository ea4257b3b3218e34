package tech.arcp.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * {@code limits:} request limits of SPEC §5 enforced by {@link RequestLimitsFilter}, the size of
 * the stored UI settings, and the time and connection limits that the {@code connections} package
 * enforces (docs/connections.md). (Request headers are limited by the
 * connector's {@code maxRequestHeaderSize}; fingerprint, user name and password lengths are fixed
 * by the spec.)
 */
public class LimitsFactory {
    @NotNull
    @MinDataSize(1024)
    @MaxDataSize(value = 1, unit = io.dropwizard.util.DataSizeUnit.GIBIBYTES)
    @JsonProperty
    private DataSize maxBodySize = DataSize.mebibytes(1);

    @Min(1)
    @Max(10_000)
    @JsonProperty
    private int maxQueryParameters = 50;

    @NotNull
    @MinDataSize(256)
    @MaxDataSize(value = 1, unit = io.dropwizard.util.DataSizeUnit.MEBIBYTES)
    @JsonProperty
    private DataSize maxUiSize = DataSize.kibibytes(16);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 10, unit = TimeUnit.MINUTES)
    @JsonProperty
    private Duration headerTimeout = Duration.seconds(10);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 10, unit = TimeUnit.MINUTES)
    @JsonProperty
    private Duration bodyTimeout = Duration.seconds(10);

    @NotNull
    @MaxDataSize(value = 1, unit = io.dropwizard.util.DataSizeUnit.GIBIBYTES)
    @JsonProperty
    private DataSize minBodyRate = DataSize.kibibytes(1);

    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private int maxConnections = 10_000;

    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private int maxConnectionsPerIp = 200;

    public long maxUiSize() {
        return maxUiSize.toBytes();
    }

    public long maxBodySize() {
        return maxBodySize.toBytes();
    }

    public int maxQueryParameters() {
        return maxQueryParameters;
    }

    /** How long a request's head may take to arrive. */
    public java.time.Duration headerTimeout() {
        return headerTimeout.toJavaDuration();
    }

    /** How long a request's body may take to arrive, once its head has. */
    public java.time.Duration bodyTimeout() {
        return bodyTimeout.toJavaDuration();
    }

    /** The least body data rate, in bytes per second after the first second; 0: no rate check. */
    public long minBodyRate() {
        return minBodyRate.toBytes();
    }

    public int maxConnections() {
        return maxConnections;
    }

    public int maxConnectionsPerIp() {
        return maxConnectionsPerIp;
    }

    public RequestLimitsFilter buildFilter(RequestLimitsFilter.Refusal refusal) {
        return new RequestLimitsFilter(maxBodySize.toBytes(), maxQueryParameters, refusal);
    }
}
