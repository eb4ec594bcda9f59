package dev.stackwatch.dropwizard.prometheus;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One filter in front of every application request records the native Prometheus histogram of
 * request duration, the request counter by status class and the in-flight gauge. Labels are
 * bounded: unknown paths become route="other", unknown methods method="other". Known routes are
 * added at startup (the bundle adds Jersey's, the application may add more) and pre-created at zero.
 */
class RequestMetricsFilter extends HttpFilter {
    static final String OTHER = MetricNames.OTHER_ROUTE;
    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final List<String> PRECREATED_STATUS_CLASSES = List.of("2xx", "4xx", "5xx");
    private static final double NANOS_PER_SECOND = 1e9;

    private final transient Histogram duration;
    private final transient Counter requests;
    private final transient Gauge inFlight;
    /**
     * Children of the known routes, looked up once at startup instead of per request: path ->
     * method -> children. Replaced as a whole when routes are added, so requests read it unlocked.
     */
    private transient volatile Map<String, Map<String, RouteChildren>> knownRoutes = Map.of();

    /** The histogram child and the counter child per status class (index 1..5) of one known route. */
    private record RouteChildren(Histogram.Child duration, Counter.Child[] requestsByStatusClass) {
        Counter.Child requests(int statusClass) {
            return statusClass >= 0 && statusClass < requestsByStatusClass.length ? requestsByStatusClass[statusClass] : null;
        }
    }

    RequestMetricsFilter(CollectorRegistry registry, List<Double> buckets) {
        duration = Histogram.build()
                .name(MetricNames.REQUEST_DURATION)
                .help("Time from the request reaching the service to the response being complete.")
                .labelNames("method", "route")
                .buckets(buckets.stream().mapToDouble(Double::doubleValue).toArray())
                .register(registry);
        requests = Counter.build()
                .name(MetricNames.REQUESTS)
                .help("Requests answered, by status class.")
                .labelNames("method", "route", "status_class")
                .register(registry);
        inFlight = Gauge.build()
                .name(MetricNames.REQUESTS_IN_FLIGHT)
                .help("Requests being processed right now.")
                .register(registry);
    }

    /** Makes these routes known: their own label values, series pre-created at zero. */
    synchronized void addRoutes(Collection<Route> routes) {
        final Map<String, Map<String, RouteChildren>> updated = new HashMap<>();
        knownRoutes.forEach((path, byMethod) -> updated.put(path, new HashMap<>(byMethod)));
        for (Route route : routes) {
            // Zero-valued series from startup: no gaps for dashboards or absent() alerts after a restart.
            final Counter.Child[] byStatusClass = new Counter.Child[6];
            for (String statusClass : PRECREATED_STATUS_CLASSES) {
                byStatusClass[statusClass.charAt(0) - '0'] = requests.labels(route.method(), route.path(), statusClass);
            }
            updated.computeIfAbsent(route.path(), path -> new HashMap<>())
                    .put(route.method(), new RouteChildren(duration.labels(route.method(), route.path()), byStatusClass));
        }
        knownRoutes = updated;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        final long start = System.nanoTime();
        inFlight.inc();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            inFlight.dec();
            final double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
            final int statusClass = (failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus()) / 100;
            final Map<String, RouteChildren> byMethod = knownRoutes.get(request.getRequestURI());
            final RouteChildren known = byMethod == null ? null : byMethod.get(request.getMethod());
            final Counter.Child requestsChild = known == null ? null : known.requests(statusClass);
            if (requestsChild != null) {
                known.duration().observe(seconds);
                requestsChild.inc();
            } else {
                record(known == null ? OTHER : request.getRequestURI(), request.getMethod(), statusClass, seconds);
            }
        }
    }

    private void record(String route, String method, int statusClass, double seconds) {
        final String methodLabel = STANDARD_METHODS.contains(method) ? method : OTHER;
        duration.labels(methodLabel, route).observe(seconds);
        requests.labels(methodLabel, route, statusClass + "xx").inc();
    }
}
