package tech.arcp.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code limits:} request limits of SPEC §5 enforced by {@link RequestLimitsFilter}, and the size
 * of the stored UI settings. (Request headers are limited by the connector's
 * {@code maxRequestHeaderSize}; fingerprint, user name and password lengths are fixed by the spec.)
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

    public long maxUiSize() {
        return maxUiSize.toBytes();
    }

    public RequestLimitsFilter buildFilter(RequestLimitsFilter.Refusal refusal) {
        return new RequestLimitsFilter(maxBodySize.toBytes(), maxQueryParameters, refusal);
    }
}
