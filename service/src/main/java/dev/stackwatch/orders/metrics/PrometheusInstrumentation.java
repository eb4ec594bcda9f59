package dev.stackwatch.orders.metrics;

import dev.stackwatch.orders.core.FaultState;
import dev.stackwatch.orders.core.MemoryBallast;
import dev.stackwatch.orders.core.OrderQueue;
import io.dropwizard.core.setup.Environment;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.dropwizard.DropwizardExports;
import io.prometheus.client.dropwizard.samplebuilder.CustomMappingSampleBuilder;
import io.prometheus.client.hotspot.DefaultExports;
import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;

/** Wires everything /metrics on the application port serves. */
public final class PrometheusInstrumentation {
    public static final String METRICS_PATH = "/metrics";

    private PrometheusInstrumentation() {
    }

    /**
     * Registers the request filter (first, so it also times the other filters and injected
     * faults), the bridge of mapped Codahale metrics, hotspot JVM metrics, service state and
     * health gauges, and the /metrics servlet. Returns the registry /metrics serves.
     */
    public static CollectorRegistry install(Environment environment, MetricsSettings settings,
                                            FaultState faults, MemoryBallast ballast, OrderQueue queue,
                                            List<Route> routes) {
        // A registry per application instance (not the JVM-wide default) so tests can start several.
        final CollectorRegistry registry = new CollectorRegistry(true);

        final RequestMetricsFilter requestMetrics =
                new RequestMetricsFilter(registry, settings.getRequestDurationBuckets(), routes);
        environment.servlets().addFilter("request-metrics", requestMetrics)
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");

        final List<BridgeRule> rules = settings.getBridge();
        if (!rules.isEmpty()) {
            new DropwizardExports(environment.metrics(), new BridgedMetricFilter(rules),
                    new CustomMappingSampleBuilder(rules.stream().map(BridgeRule::toMapperConfig).toList()))
                    .register(registry);
        }
        DefaultExports.register(registry);
        new ServiceStateCollector(faults, ballast, queue).register(registry);

        final HealthCheckCollector health =
                new HealthCheckCollector(environment.healthChecks(), settings.getHealthCheckInterval());
        health.register(registry);
        environment.lifecycle().manage(health);

        environment.servlets().addServlet("prometheus-metrics", new MetricsServlet(registry))
                .addMapping(METRICS_PATH);
        return registry;
    }
}
