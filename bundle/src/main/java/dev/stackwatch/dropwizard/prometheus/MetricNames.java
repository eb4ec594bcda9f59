package dev.stackwatch.dropwizard.prometheus;

import java.util.List;

/** The names of every family the bundle writes itself, and the prefixes no bridge rule may take. */
public final class MetricNames {
    public static final String REQUEST_DURATION = "http_server_request_duration_seconds";
    public static final String REQUESTS = "http_server_requests_total";
    public static final String REQUESTS_IN_FLIGHT = "http_server_requests_in_flight";
    /** Preceded by the namespace: orders_health_check_healthy. */
    public static final String HEALTH_CHECK_SUFFIX = "_health_check_healthy";
    /** The request families above, and simpleclient_hotspot's JVM and process families. */
    public static final List<String> RESERVED_PREFIXES = List.of("http_server_", "jvm_", "process_");
    /** The route label of every path the application does not serve. */
    public static final String OTHER_ROUTE = "other";

    private MetricNames() {
    }

    public static String healthCheck(String namespace) {
        return namespace + HEALTH_CHECK_SUFFIX;
    }
}
