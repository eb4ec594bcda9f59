package dev.stackwatch.dropwizard.prometheus;

import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricFilter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lets only the Codahale metrics some bridge rule maps reach /metrics: everything else (Dropwizard's
 * jvm.* gauges, per-connection timers, ...) would come out with Java class names and cost a
 * snapshot per scrape.
 */
class BridgedMetricFilter implements MetricFilter {
    private final List<Pattern> patterns;

    BridgedMetricFilter(List<BridgeRule> rules) {
        this.patterns = rules.stream().map(BridgeRule::toRegex).toList();
    }

    @Override
    public boolean matches(String name, Metric metric) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }
}
