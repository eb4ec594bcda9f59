package dev.stackwatch.dropwizard.prometheus;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.prometheus.client.dropwizard.samplebuilder.MapperConfig;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One config.yml rule turning Codahale dotted names into a Prometheus family: {@code match} is a
 * glob whose {@code *} each match one dotted segment, {@code labels} take the segments as
 * {@code ${0}}, {@code ${1}}, ... The family name itself stays fixed so it is stable. Names that
 * promtool would refuse are refused when the configuration loads ({@link ValidBridgeRule}).
 */
@ValidBridgeRule
public class BridgeRule {
    /** The glob syntax simpleclient_dropwizard accepts (MapperConfig.METRIC_GLOB_REGEX). */
    static final String GLOB = "^(\\*\\.|[a-zA-Z_0-9](-?[a-zA-Z0-9_])+\\.)+(\\*|[a-zA-Z_0-9](-?[a-zA-Z0-9_])+)$";

    @NotBlank
    @Pattern(regexp = GLOB, message = "must be a dotted name whose segments are words or *")
    private String match;

    @NotBlank
    private String name;

    @NotNull
    private Map<String, @NotNull String> labels = new LinkedHashMap<>();

    @JsonProperty
    public String getMatch() {
        return match;
    }

    @JsonProperty
    public void setMatch(String match) {
        this.match = match;
    }

    @JsonProperty
    public String getName() {
        return name;
    }

    @JsonProperty
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty
    public Map<String, String> getLabels() {
        return labels;
    }

    @JsonProperty
    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    MapperConfig toMapperConfig() {
        return new MapperConfig(match, name, new LinkedHashMap<>(labels));
    }

    /** The same glob semantics as simpleclient_dropwizard's GraphiteNamePattern. */
    java.util.regex.Pattern toRegex() {
        final String[] parts = match.split(java.util.regex.Pattern.quote("*"), -1);
        final StringBuilder regex = new StringBuilder(java.util.regex.Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append("[^.]*").append(java.util.regex.Pattern.quote(parts[i]));
        }
        return java.util.regex.Pattern.compile(regex.toString());
    }
}
