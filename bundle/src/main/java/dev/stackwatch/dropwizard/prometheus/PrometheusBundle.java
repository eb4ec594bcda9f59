package dev.stackwatch.dropwizard.prometheus;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.setup.ServletEnvironment;
import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.dropwizard.DropwizardExports;
import io.prometheus.client.dropwizard.samplebuilder.CustomMappingSampleBuilder;
import io.prometheus.client.hotspot.DefaultExports;
import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;
import jakarta.servlet.DispatcherType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/**
 * Prometheus metrics for a Dropwizard 5 application, added with one line in {@code initialize}:
 * {@code bootstrap.addBundle(new PrometheusBundle<>(MyConfiguration::getPrometheus));}
 *
 * <p>It serves {@code /metrics} (path and port from its configuration section) with: the request
 * histogram, counter and in-flight gauge of every application request (one filter, labels bounded
 * to the routes Jersey serves plus the ones the application adds); the Codahale metrics the
 * section's bridge rules map, under their mapped names and labels; every health check as
 * {@code <namespace>_health_check_healthy{check}}; and simpleclient_hotspot's JVM metrics.
 */
public class PrometheusBundle<C extends Configuration> implements ConfiguredBundle<C> {
    private final Function<C, PrometheusSettings> settingsOf;
    private String applicationName;
    // Set by run(): null while the section says enabled: false (then the methods below do nothing).
    private CollectorRegistry registry;
    private RequestMetricsFilter requestMetrics;

    /** settingsOf: the application configuration's getter of this bundle's section. */
    public PrometheusBundle(Function<C, PrometheusSettings> settingsOf) {
        this.settingsOf = settingsOf;
    }

    @Override
    public void initialize(Bootstrap<?> bootstrap) {
        applicationName = bootstrap.getApplication().getName();
    }

    @Override
    public void run(C configuration, Environment environment) {
        final PrometheusSettings settings = settingsOf.apply(configuration);
        if (!settings.isEnabled()) {
            return;
        }
        final String namespace = settings.namespaceOr(applicationName);
        // A registry per application instance (not the JVM-wide default) so tests can start several.
        registry = new CollectorRegistry(true);

        // Registered before the application's own filters (bundles run first), so it also times them.
        requestMetrics = new RequestMetricsFilter(registry, settings.getRequestDurationBuckets());
        environment.servlets().addFilter("prometheus-request-metrics", requestMetrics)
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        final String contextPath = environment.getApplicationContext().getContextPath();
        final String jerseyPattern = environment.jersey().getUrlPattern();
        environment.jersey().register(new JerseyRoutes(
                JerseyRoutes.join(contextPath, jerseyPattern == null ? "" : jerseyPattern.replaceAll("/?\\*$", "")),
                requestMetrics::addRoutes));

        final List<BridgeRule> rules = settings.getBridge();
        if (!rules.isEmpty()) {
            new DropwizardExports(environment.metrics(), new BridgedMetricFilter(rules),
                    new CustomMappingSampleBuilder(rules.stream().map(BridgeRule::toMapperConfig).toList()))
                    .register(registry);
        }
        DefaultExports.register(registry);

        final HealthCheckCollector health = new HealthCheckCollector(MetricNames.healthCheck(namespace),
                environment.healthChecks(), settings.getHealthCheckInterval());
        health.register(registry);
        environment.lifecycle().manage(health);

        final ServletEnvironment servlets = settings.getPort() == PrometheusSettings.Port.ADMIN
                ? environment.admin() : environment.servlets();
        servlets.addServlet("prometheus-metrics", new MetricsServlet(registry)).addMapping(settings.getPath());
        if (settings.getPort() == PrometheusSettings.Port.APPLICATION) {
            requestMetrics.addRoutes(List.of(new Route("GET", JerseyRoutes.join(contextPath, settings.getPath()))));
        }
    }

    /** Adds the application's own collector to /metrics. */
    public void register(Collector collector) {
        if (registry != null) {
            collector.register(registry);
        }
    }

    /** Routes Jersey does not list as fixed paths (e.g. values of a template), each labelled by its path. */
    public void addRoutes(Collection<Route> routes) {
        if (requestMetrics != null) {
            requestMetrics.addRoutes(routes);
        }
    }
}
