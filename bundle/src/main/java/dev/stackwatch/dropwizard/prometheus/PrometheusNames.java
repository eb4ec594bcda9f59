package dev.stackwatch.dropwizard.prometheus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What `promtool check metrics` (Prometheus' promlint) would refuse in a bridge rule, checked when
 * the configuration loads so a bad rule stops the start instead of producing a bad /metrics.
 */
final class PrometheusNames {
    /** snake_case: no colons (reserved for recording rules), no camelCase. */
    static final String METRIC_NAME = "[a-z][a-z0-9_]*";
    private static final Pattern LABEL_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\d+)}");
    /** Suffixes simpleclient appends itself (meters get _total, timers _count and _sum) or histograms own. */
    private static final List<String> RESERVED_SUFFIXES = List.of("_total", "_count", "_sum", "_bucket", "_created");
    private static final Set<String> TYPE_WORDS = Set.of("counter", "gauge", "summary", "histogram", "untyped");
    private static final Set<String> ABBREVIATED_UNITS =
            Set.of("s", "ms", "us", "ns", "sec", "b", "kb", "mb", "gb", "tb", "pb", "m", "h", "d");
    private static final List<String> UNIT_PREFIXES = List.of("pico", "nano", "micro", "milli", "centi", "deci",
            "deca", "hecto", "kilo", "kibi", "mega", "mebi", "giga", "gibi", "tera", "tebi", "peta", "pebi");
    private static final List<String> BASE_UNITS =
            List.of("amperes", "bytes", "celsius", "grams", "joules", "kelvin", "meters", "metres", "seconds", "volts");
    private static final Set<String> TIME_UNITS = Set.of("minutes", "hours", "days", "weeks");
    /** Labels histograms and summaries use themselves. */
    private static final Set<String> RESERVED_LABELS = Set.of("le", "quantile");

    private PrometheusNames() {
    }

    /** Why promtool would refuse this family name; empty when it would not. */
    static List<String> familyNameProblems(String name) {
        final List<String> problems = new ArrayList<>();
        if (!name.matches(METRIC_NAME)) {
            problems.add("must be snake_case: lower-case letters, digits and _, starting with a letter");
            return problems;
        }
        RESERVED_SUFFIXES.stream().filter(name::endsWith).forEach(suffix ->
                problems.add("must not end in " + suffix + " (the bridge appends the suffixes a metric type needs)"));
        MetricNames.RESERVED_PREFIXES.stream().filter(name::startsWith).forEach(prefix ->
                problems.add("must not start with " + prefix + " (the bundle's own families use it)"));
        for (String part : name.split("_")) {
            if (TYPE_WORDS.contains(part)) {
                problems.add("must not name its metric type (" + part + ")");
            }
            if (ABBREVIATED_UNITS.contains(part)) {
                problems.add("must not abbreviate a unit (" + part + "): spell the base unit, e.g. seconds, bytes");
            }
            if (TIME_UNITS.contains(part) || UNIT_PREFIXES.stream().anyMatch(prefix ->
                    BASE_UNITS.stream().anyMatch(unit -> part.equals(prefix + unit)))) {
                problems.add("must use a base unit (seconds, bytes, ...), not " + part);
            }
        }
        return problems;
    }

    /** Why promtool would refuse this label name; empty when it would not. */
    static List<String> labelNameProblems(String label) {
        if (label == null || !LABEL_NAME.matcher(label).matches()) {
            return List.of("must be a snake_case label name (lower-case letters, digits and _, starting with a letter)");
        }
        return RESERVED_LABELS.contains(label)
                ? List.of("is reserved for histogram and summary buckets") : List.of();
    }

    /** Placeholders ${n} in a label value that the glob has no n-th * for. */
    static List<String> missingSegments(String glob, String labelValue) {
        final long wildcards = Arrays.stream(glob.split("\\.")).filter("*"::equals).count();
        final List<String> missing = new ArrayList<>();
        final Matcher matcher = PLACEHOLDER.matcher(labelValue == null ? "" : labelValue);
        while (matcher.find()) {
            if (Long.parseLong(matcher.group(1)) >= wildcards) {
                missing.add(matcher.group());
            }
        }
        return missing;
    }
}
