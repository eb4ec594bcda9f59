package dev.stackwatch.orders.metrics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The `metrics:` block of config.yml. */
public class MetricsSettings {
    private boolean enabled = true;

    @NotEmpty
    private List<@NotNull Double> requestDurationBuckets =
            List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 5, unit = TimeUnit.MINUTES)
    private Duration healthCheckInterval = Duration.seconds(10);

    @NotNull
    private List<@Valid @NotNull BridgeRule> bridge = new ArrayList<>();

    @JsonProperty
    public boolean isEnabled() {
        return enabled;
    }

    @JsonProperty
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @JsonProperty
    public List<Double> getRequestDurationBuckets() {
        return requestDurationBuckets;
    }

    @JsonProperty
    public void setRequestDurationBuckets(List<Double> requestDurationBuckets) {
        this.requestDurationBuckets = requestDurationBuckets;
    }

    @JsonProperty
    public Duration getHealthCheckInterval() {
        return healthCheckInterval;
    }

    @JsonProperty
    public void setHealthCheckInterval(Duration healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    @JsonProperty
    public List<BridgeRule> getBridge() {
        return bridge;
    }

    @JsonProperty
    public void setBridge(List<BridgeRule> bridge) {
        this.bridge = bridge;
    }

    @JsonIgnore
    @ValidationMethod(message = "requestDurationBuckets must be positive and strictly increasing")
    public boolean isRequestDurationBucketsIncreasing() {
        double previous = 0;
        for (Double bound : requestDurationBuckets) {
            if (bound == null || !(bound > previous) || bound.isInfinite()) {
                return false;
            }
            previous = bound;
        }
        return true;
    }

    @JsonIgnore
    @ValidationMethod(message = "bridge rule names must be unique (one rule per Prometheus family)")
    public boolean isBridgeNamesUnique() {
        return bridge.stream().filter(rule -> rule != null && rule.getName() != null)
                .map(BridgeRule::getName).distinct().count()
                == bridge.stream().filter(rule -> rule != null && rule.getName() != null).count();
    }
}
