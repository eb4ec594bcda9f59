package dev.stackwatch.dropwizard.prometheus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed Prometheus text exposition: one entry per sample line. */
public final class MetricsText {
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final String text;
    private final List<Sample> samples = new ArrayList<>();

    public MetricsText(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final int valueStart = line.lastIndexOf(' ');
            final String series = line.substring(0, valueStart);
            final double value = Double.parseDouble(line.substring(valueStart + 1));
            final int brace = series.indexOf('{');
            final Map<String, String> labels = new LinkedHashMap<>();
            if (brace >= 0) {
                final Matcher matcher = LABEL.matcher(series.substring(brace));
                while (matcher.find()) {
                    labels.put(matcher.group(1), matcher.group(2));
                }
            }
            samples.add(new Sample(brace >= 0 ? series.substring(0, brace) : series, labels, value));
        }
    }

    public String text() {
        return text;
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The value of the one sample with exactly these labels; fails when there is none. */
    public double value(String name, String... labelPairs) {
        final Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            wanted.put(labelPairs[i], labelPairs[i + 1]);
        }
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && sample.labels().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + wanted + " in /metrics"))
                .value();
    }

    public boolean has(String name, String... labelPairs) {
        try {
            value(name, labelPairs);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
