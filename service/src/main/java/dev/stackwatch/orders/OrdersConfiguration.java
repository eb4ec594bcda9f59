package dev.stackwatch.orders;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stackwatch.dropwizard.prometheus.PrometheusSettings;
import dev.stackwatch.orders.resources.SyntheticResource;
import io.dropwizard.core.Configuration;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** Typed, validated form of config.yml; an invalid file stops the service naming the field. */
public class OrdersConfiguration extends Configuration {

    @Valid
    @NotNull
    private QueueSettings orders = new QueueSettings();

    @Valid
    @NotNull
    private QuoteSettings quote = new QuoteSettings();

    @Valid
    @NotNull
    private PrometheusSettings metrics = new PrometheusSettings();

    @Valid
    @NotNull
    private MemoryDrillSettings memoryDrill = new MemoryDrillSettings();

    /** Extra GET /api/synthetic/{0..n-1} routes, each its own route label: for bench/scrape-series only. */
    @Min(0)
    @Max(SyntheticResource.MAX_ROUTES)
    private int syntheticRoutes;

    @JsonProperty
    public QueueSettings getOrders() {
        return orders;
    }

    @JsonProperty
    public void setOrders(QueueSettings orders) {
        this.orders = orders;
    }

    @JsonProperty
    public QuoteSettings getQuote() {
        return quote;
    }

    @JsonProperty
    public void setQuote(QuoteSettings quote) {
        this.quote = quote;
    }

    @JsonProperty
    public PrometheusSettings getMetrics() {
        return metrics;
    }

    @JsonProperty
    public void setMetrics(PrometheusSettings metrics) {
        this.metrics = metrics;
    }

    @JsonProperty
    public MemoryDrillSettings getMemoryDrill() {
        return memoryDrill;
    }

    @JsonProperty
    public void setMemoryDrill(MemoryDrillSettings memoryDrill) {
        this.memoryDrill = memoryDrill;
    }

    @JsonProperty
    public int getSyntheticRoutes() {
        return syntheticRoutes;
    }

    @JsonProperty
    public void setSyntheticRoutes(int syntheticRoutes) {
        this.syntheticRoutes = syntheticRoutes;
    }

    /** The order queue and the background worker that drains it. */
    public static class QueueSettings {
        @Min(1)
        @Max(1_000_000)
        private int queueCapacity = 1000;

        @NotNull
        @MinDuration(value = 0, unit = TimeUnit.MILLISECONDS)
        @MaxDuration(value = 10, unit = TimeUnit.SECONDS)
        private Duration processingTime = Duration.milliseconds(5);

        @NotNull
        @MinDataSize(value = 64)
        @MaxDataSize(value = 1, unit = DataSizeUnit.MEBIBYTES)
        private DataSize maxBodySize = DataSize.kibibytes(4);

        @JsonProperty
        public int getQueueCapacity() {
            return queueCapacity;
        }

        @JsonProperty
        public void setQueueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
        }

        @JsonProperty
        public Duration getProcessingTime() {
            return processingTime;
        }

        @JsonProperty
        public void setProcessingTime(Duration processingTime) {
            this.processingTime = processingTime;
        }

        @JsonProperty
        public DataSize getMaxBodySize() {
            return maxBodySize;
        }

        @JsonProperty
        public void setMaxBodySize(DataSize maxBodySize) {
            this.maxBodySize = maxBodySize;
        }
    }

    /** The memory drill's admin task /tasks/allocate-memory: absent unless enabled. */
    public static class MemoryDrillSettings {
        private boolean enabled;

        @NotNull
        @MinDataSize(value = 1, unit = DataSizeUnit.MEBIBYTES)
        @MaxDataSize(value = 64, unit = DataSizeUnit.GIBIBYTES)
        private DataSize maxAllocation = DataSize.gibibytes(2);

        @JsonProperty
        public boolean isEnabled() {
            return enabled;
        }

        @JsonProperty
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        @JsonProperty
        public DataSize getMaxAllocation() {
            return maxAllocation;
        }

        @JsonProperty
        public void setMaxAllocation(DataSize maxAllocation) {
            this.maxAllocation = maxAllocation;
        }
    }

    /** Simulated work of GET /api/quote: log-normal latency per requested item. */
    public static class QuoteSettings {
        @NotNull
        @MinDuration(value = 0, unit = TimeUnit.MILLISECONDS)
        @MaxDuration(value = 1, unit = TimeUnit.SECONDS)
        private Duration medianLatencyPerItem = Duration.milliseconds(4);

        @DecimalMin("0.0")
        @DecimalMax("3.0")
        private double latencySpread = 0.6;

        @NotNull
        @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
        @MaxDuration(value = 60, unit = TimeUnit.SECONDS)
        private Duration maxLatency = Duration.seconds(5);

        @JsonProperty
        public Duration getMedianLatencyPerItem() {
            return medianLatencyPerItem;
        }

        @JsonProperty
        public void setMedianLatencyPerItem(Duration medianLatencyPerItem) {
            this.medianLatencyPerItem = medianLatencyPerItem;
        }

        @JsonProperty
        public double getLatencySpread() {
            return latencySpread;
        }

        @JsonProperty
        public void setLatencySpread(double latencySpread) {
            this.latencySpread = latencySpread;
        }

        @JsonProperty
        public Duration getMaxLatency() {
            return maxLatency;
        }

        @JsonProperty
        public void setMaxLatency(Duration maxLatency) {
            this.maxLatency = maxLatency;
        }
    }
}
