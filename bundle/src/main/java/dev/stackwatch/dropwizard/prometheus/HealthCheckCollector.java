package dev.stackwatch.dropwizard.prometheus;

import com.codahale.metrics.health.HealthCheckRegistry;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.util.Duration;
import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * <namespace>_health_check_healthy{check}: every Dropwizard health check, run on a fixed interval in
 * the background so a scrape only reads the last results and never waits for a check.
 */
class HealthCheckCollector extends Collector implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheckCollector.class);

    private final String name;
    private final HealthCheckRegistry healthChecks;
    private final Duration interval;
    private volatile Map<String, Boolean> healthy = Map.of();
    private ScheduledExecutorService scheduler;

    HealthCheckCollector(String name, HealthCheckRegistry healthChecks, Duration interval) {
        this.name = name;
        this.healthChecks = healthChecks;
        this.interval = interval;
    }

    @Override
    public void start() {
        refresh();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "health-check-metrics");
            thread.setDaemon(true);
            return thread;
        });
        final long millis = interval.toMilliseconds();
        scheduler.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    private void refresh() {
        try {
            final SortedMap<String, Boolean> results = new TreeMap<>();
            healthChecks.runHealthChecks().forEach((name, result) -> results.put(name, result.isHealthy()));
            healthy = results;
        } catch (RuntimeException e) {
            // An escaping exception would cancel the schedule and freeze the gauge at its last value.
            LOG.error("running the health checks for {} failed", name, e);
        }
    }

    @Override
    public List<MetricFamilySamples> collect() {
        final GaugeMetricFamily family = new GaugeMetricFamily(name,
                "1 if the Dropwizard health check passed at its last run, else 0.", List.of("check"));
        healthy.forEach((check, ok) -> family.addMetric(List.of(check), ok ? 1 : 0));
        return List.of(family);
    }
}
