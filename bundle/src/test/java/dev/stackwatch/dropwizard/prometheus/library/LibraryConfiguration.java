package dev.stackwatch.dropwizard.prometheus.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stackwatch.dropwizard.prometheus.PrometheusSettings;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The test app's configuration: nothing but the bundle's section. */
public class LibraryConfiguration extends Configuration {
    @Valid
    @NotNull
    private PrometheusSettings prometheus = new PrometheusSettings();

    @JsonProperty
    public PrometheusSettings getPrometheus() {
        return prometheus;
    }

    @JsonProperty
    public void setPrometheus(PrometheusSettings prometheus) {
        this.prometheus = prometheus;
    }
}
