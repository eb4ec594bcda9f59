package dev.stackwatch.orders.metrics;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One filter in front of every application request records the native Prometheus histogram of
 * request duration, the request counter by status class and the in-flight gauge. Labels are
 * bounded: unknown paths become route="other", unknown methods method="other".
 */
public class RequestMetricsFilter extends HttpFilter {
    static final String OTHER = "other";
    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final List<String> PRECREATED_STATUS_CLASSES = List.of("2xx", "4xx", "5xx");
    private static final double NANOS_PER_SECOND = 1e9;

    private final transient Histogram duration;
    private final transient Counter requests;
    private final transient Gauge inFlight;
    private final transient Map<String, Set<String>> methodsByPath = new HashMap<>();

    public RequestMetricsFilter(CollectorRegistry registry, List<Double> buckets, List<Route> routes) {
        duration = Histogram.build()
                .name("http_server_request_duration_seconds")
                .help("Time from the request reaching the service to the response being complete.")
                .labelNames("method", "route")
                .buckets(buckets.stream().mapToDouble(Double::doubleValue).toArray())
                .register(registry);
        requests = Counter.build()
                .name("http_server_requests_total")
                .help("Requests answered, by status class.")
                .labelNames("method", "route", "status_class")
                .register(registry);
        inFlight = Gauge.build()
                .name("http_server_requests_in_flight")
                .help("Requests being processed right now.")
                .register(registry);
        for (Route route : routes) {
            methodsByPath.computeIfAbsent(route.path(), path -> new java.util.HashSet<>()).add(route.method());
            // Zero-valued series from startup: no gaps for dashboards or absent() alerts after a restart.
            duration.labels(route.method(), route.path());
            for (String statusClass : PRECREATED_STATUS_CLASSES) {
                requests.labels(route.method(), route.path(), statusClass);
            }
        }
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
            final Set<String> methods = methodsByPath.get(request.getRequestURI());
            final String method = request.getMethod();
            final String route = methods != null && methods.contains(method) ? request.getRequestURI() : OTHER;
            final String methodLabel = STANDARD_METHODS.contains(method) ? method : OTHER;
            final int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            duration.labels(methodLabel, route).observe((System.nanoTime() - start) / NANOS_PER_SECOND);
            requests.labels(methodLabel, route, (status / 100) + "xx").inc();
        }
    }
}
