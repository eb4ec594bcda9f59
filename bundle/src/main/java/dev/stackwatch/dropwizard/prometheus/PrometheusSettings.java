package dev.stackwatch.dropwizard.prometheus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The bundle's section of the application's configuration (e.g. `metrics:` in config.yml). */
public class PrometheusSettings {
    /** Which connector serves the metrics path. */
    public enum Port { APPLICATION, ADMIN }

    private boolean enabled = true;

    /** Prefix of the health check family; empty: the application's name. */
    @Pattern(regexp = PrometheusNames.METRIC_NAME, message = "must be a snake_case Prometheus metric name prefix")
    private String namespace;

    @NotNull
    @Pattern(regexp = "/[A-Za-z0-9._~/-]*", message = "must be a URL path starting with /")
    private String path = "/metrics";

    @NotNull
    private Port port = Port.APPLICATION;

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
    public String getNamespace() {
        return namespace;
    }

    @JsonProperty
    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    @JsonProperty
    public String getPath() {
        return path;
    }

    @JsonProperty
    public void setPath(String path) {
        this.path = path;
    }

    @JsonProperty
    public Port getPort() {
        return port;
    }

    @JsonProperty
    public void setPort(Port port) {
        this.port = port;
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

    /** The namespace, else the application's name; refused when neither makes a valid family name. */
    String namespaceOr(String applicationName) {
        final String chosen = namespace == null || namespace.isEmpty() ? applicationName : namespace;
        if (chosen == null || !chosen.matches(PrometheusNames.METRIC_NAME)) {
            throw new IllegalArgumentException("the Prometheus bundle's namespace is not set and the application name '"
                    + applicationName + "' is not a snake_case metric name prefix: set namespace in its section");
        }
        for (int index = 0; index < bridge.size(); index++) {
            if (MetricNames.healthCheck(chosen).equals(bridge.get(index).getName())) {
                throw new IllegalArgumentException("bridge[" + index + "].name " + bridge.get(index).getName()
                        + " is the bundle's own health check family");
            }
        }
        return chosen;
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
