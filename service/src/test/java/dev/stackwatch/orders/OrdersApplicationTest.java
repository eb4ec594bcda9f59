package dev.stackwatch.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwatch.dropwizard.prometheus.MetricsText;
import dev.stackwatch.dropwizard.prometheus.Promtool;
import dev.stackwatch.dropwizard.prometheus.Route;
import dev.stackwatch.dropwizard.prometheus.TestHttp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole service, started from the shipped config.yml, over its real HTTP ports. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrdersApplicationTest {
    private static final DropwizardAppExtension<OrdersConfiguration> APP = new DropwizardAppExtension<>(
            OrdersApplication.class, Path.of("config.yml").toAbsolutePath().toString(),
            ConfigOverride.config("server.applicationConnectors[0].port", "0"),
            ConfigOverride.config("server.adminConnectors[0].port", "0"),
            ConfigOverride.config("metrics.healthCheckInterval", "200ms"),
            ConfigOverride.config("quote.medianLatencyPerItem", "1ms"));

    private static final String PING = "GET", PING_ROUTE = "/api/ping";

    @AfterEach
    void clearFaults() throws Exception {
        assertThat(task("clear-faults").statusCode()).isEqualTo(200);
    }

    @Test
    void counterAndHistogramGrowByExactlyTheRequestsMade() throws Exception {
        final int requests = 37;
        final MetricsText before = scrape();
        for (int i = 0; i < requests; i++) {
            assertThat(api("/api/ping").statusCode()).isEqualTo(200);
        }
        final MetricsText after = scrape();

        assertThat(after.value("http_server_requests_total", "method", PING, "route", PING_ROUTE, "status_class", "2xx")
                - before.value("http_server_requests_total", "method", PING, "route", PING_ROUTE, "status_class", "2xx"))
                .isEqualTo(requests);
        assertThat(after.value("http_server_request_duration_seconds_count", "method", PING, "route", PING_ROUTE)
                - before.value("http_server_request_duration_seconds_count", "method", PING, "route", PING_ROUTE))
                .isEqualTo(requests);
        assertThat(after.value("orders_resource_duration_seconds_count", "resource", "PingResource", "operation", "ping")
                - before.value("orders_resource_duration_seconds_count", "resource", "PingResource", "operation", "ping"))
                .isEqualTo(requests);
    }

    @Test
    void histogramBucketsAreCumulativeAndEndAtTheCount() throws Exception {
        for (int items = 1; items <= 5; items++) {
            assertThat(api("/api/quote?items=" + items).statusCode()).isEqualTo(200);
        }
        final MetricsText metrics = scrape();
        final List<MetricsText.Sample> buckets = metrics.samples().stream()
                .filter(s -> s.name().equals("http_server_request_duration_seconds_bucket")
                        && s.labels().get("route").equals("/api/quote"))
                .toList();
        assertThat(buckets).hasSize(APP.getConfiguration().getMetrics().getRequestDurationBuckets().size() + 1);
        for (int i = 1; i < buckets.size(); i++) {
            assertThat(buckets.get(i).value()).isGreaterThanOrEqualTo(buckets.get(i - 1).value());
        }
        assertThat(buckets.get(buckets.size() - 1).labels()).containsEntry("le", "+Inf");
        assertThat(buckets.get(buckets.size() - 1).value())
                .isEqualTo(metrics.value("http_server_request_duration_seconds_count", "method", "GET", "route", "/api/quote"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyKnownRouteHasZeroSeriesAndUnknownPathsCollapseToOther() throws Exception {
        final MetricsText metrics = scrape();
        // The routes Jersey serves and /metrics, found by the bundle: no list in the service.
        for (Route route : List.of(new Route("GET", "/api/ping"), new Route("GET", "/api/quote"),
                new Route("POST", "/api/orders"), new Route("GET", "/metrics"))) {
            for (String statusClass : List.of("2xx", "4xx", "5xx")) {
                assertThat(metrics.has("http_server_requests_total", "method", route.method(), "route", route.path(),
                        "status_class", statusClass)).as(route + " " + statusClass).isTrue();
            }
            assertThat(metrics.has("http_server_request_duration_seconds_count", "method", route.method(),
                    "route", route.path())).as(route.toString()).isTrue();
        }
        final double otherBefore = valueOrZero(metrics, "http_server_requests_total",
                "method", "GET", "route", "other", "status_class", "4xx");
        assertThat(api("/api/no-such-thing").statusCode()).isEqualTo(404);
        assertThat(api("/api/ping/" + "x".repeat(40)).statusCode()).isEqualTo(404);
        final MetricsText after = scrape();
        assertThat(after.value("http_server_requests_total", "method", "GET", "route", "other", "status_class", "4xx"))
                .isEqualTo(otherBefore + 2);
        assertThat(after.samples()).noneMatch(s -> s.labels().getOrDefault("route", "").contains("no-such-thing"));
    }

    @Test
    void bridgedMetricsHaveMappedNamesAndLabels() throws Exception {
        api("/api/ping");
        final MetricsText metrics = scrape();
        assertThat(metrics.has("orders_resource_duration_seconds_count", "resource", "PingResource", "operation", "ping")).isTrue();
        assertThat(metrics.has("orders_resource_exceptions_total", "resource", "QuoteResource", "operation", "quote")).isTrue();
        assertThat(metrics.has("orders_events_total", "event", "accepted")).isTrue();
        assertThat(metrics.has("jetty_threads", "pool", "dw")).isTrue();
        assertThat(metrics.has("logback_appender_events_total", "level", "error")).isTrue();
        assertThat(metrics.has("jvm_memory_bytes_used", "area", "heap")).isTrue();
        assertThat(metrics.has("jvm_threads_current")).isTrue();
        // Nothing unmapped leaks through: no Java class names, no camelCase, no Dropwizard jvm.* gauges.
        assertThat(metrics.samples()).allSatisfy(s -> assertThat(s.name()).matches("[a-z_:][a-z0-9_:]*"));
        assertThat(metrics.samples()).noneMatch(s -> s.name().startsWith("jvm_memory_heap_")
                || s.name().startsWith("io_dropwizard") || s.name().contains("filtering"));
    }

    /**
     * The families of /metrics, their types and label names, as the service had them before the
     * bridge moved into the bundle (src/test/resources/metrics-families.txt): rules, dashboards
     * and alerts depend on them. On a difference the actual list is in target/.
     */
    @Test
    void metricFamiliesNamesAndLabelsAreUnchanged() throws Exception {
        api("/api/ping");
        api("/api/quote?items=2");
        api("/nowhere");
        final MetricsText metrics = scrape();
        final Map<String, String> types = new TreeMap<>();
        metrics.text().lines().filter(line -> line.startsWith("# TYPE "))
                .map(line -> line.split(" ")).forEach(parts -> types.put(parts[2], parts[3]));
        final Map<String, Set<String>> labels = new TreeMap<>();
        for (MetricsText.Sample sample : metrics.samples()) {
            final String family = types.keySet().stream()
                    .filter(name -> sample.name().equals(name) || sample.name().startsWith(name + "_"))
                    .max(Comparator.comparingInt(String::length)).orElseThrow();
            final Set<String> names = labels.computeIfAbsent(family, name -> new TreeSet<>());
            sample.labels().keySet().stream().filter(name -> !name.equals("le") && !name.equals("quantile"))
                    .forEach(names::add);
        }
        final String actual = types.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue() + " "
                        + String.join(",", labels.getOrDefault(entry.getKey(), Set.of())))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(Path.of("target/metrics-families.actual.txt"), actual);
        assertThat(actual).isEqualTo(Files.readString(Path.of("src/test/resources/metrics-families.txt")));
    }

    @Test
    void openMetricsIsServedWhenAsked() throws Exception {
        final HttpResponse<String> response = TestHttp.send(HttpRequest.newBuilder(URI.create(app("/metrics")))
                .header("Accept", "application/openmetrics-text; version=1.0.0").GET().build());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/openmetrics-text"));
        assertThat(response.body()).endsWith("# EOF\n");
    }

    @Test
    void promtoolAcceptsTheWholeExposition() throws Exception {
        api("/api/ping");
        api("/api/quote?items=2");
        postOrder("{\"sku\":\"BOOK-1\",\"quantity\":1,\"customer\":\"test\"}");
        api("/nowhere");
        Promtool.assertAccepts(scrape().text());
    }

    @Test
    void injectedErrorsAnswer500AtTheConfiguredRatioAndReset() throws Exception {
        assertThat(task("inject-errors?ratio=1").statusCode()).isEqualTo(200);
        assertThat(scrape().value("orders_fault_error_ratio")).isEqualTo(1.0);
        final double before = scrape().value("http_server_requests_total", "method", PING, "route", PING_ROUTE, "status_class", "5xx");
        for (int i = 0; i < 10; i++) {
            assertThat(api("/api/ping").statusCode()).isEqualTo(500);
        }
        assertThat(scrape().value("http_server_requests_total", "method", PING, "route", PING_ROUTE, "status_class", "5xx"))
                .isEqualTo(before + 10);
        // Admin and /metrics are not /api: faults never hide the evidence.
        assertThat(TestHttp.get(app("/metrics")).statusCode()).isEqualTo(200);

        assertThat(task("inject-errors?ratio=0.5").statusCode()).isEqualTo(200);
        int failures = 0;
        for (int i = 0; i < 400; i++) {
            failures += api("/api/ping").statusCode() == 500 ? 1 : 0;
        }
        // Binomial(400, 0.5): mean 200, sd 10; 120..280 is 8 sd either side.
        assertThat(failures).isBetween(120, 280);

        assertThat(task("clear-faults").statusCode()).isEqualTo(200);
        assertThat(scrape().value("orders_fault_error_ratio")).isZero();
        for (int i = 0; i < 20; i++) {
            assertThat(api("/api/ping").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void injectedLatencyDelaysEveryApiRequestAndResets() throws Exception {
        assertThat(task("inject-latency?ms=300").statusCode()).isEqualTo(200);
        assertThat(scrape().value("orders_fault_added_latency_seconds")).isEqualTo(0.3);
        final double slowBefore = scrape().value("http_server_request_duration_seconds_bucket",
                "method", PING, "route", PING_ROUTE, "le", "0.25");
        final double countBefore = scrape().value("http_server_request_duration_seconds_count", "method", PING, "route", PING_ROUTE);
        for (int i = 0; i < 3; i++) {
            final long start = System.nanoTime();
            assertThat(api("/api/ping").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
        final MetricsText after = scrape();
        // All three landed above the 0.25 s bucket.
        assertThat(after.value("http_server_request_duration_seconds_bucket", "method", PING, "route", PING_ROUTE, "le", "0.25"))
                .isEqualTo(slowBefore);
        assertThat(after.value("http_server_request_duration_seconds_count", "method", PING, "route", PING_ROUTE))
                .isEqualTo(countBefore + 3);

        assertThat(task("clear-faults").statusCode()).isEqualTo(200);
        final long start = System.nanoTime();
        api("/api/ping");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
        assertThat(scrape().value("orders_fault_added_latency_seconds")).isZero();
    }

    @Test
    void failHealthMakesTheOrdersCheckFailAndResets() throws Exception {
        assertThat(TestHttp.get(admin("/healthcheck")).statusCode()).isEqualTo(200);
        assertThat(task("fail-health?failing=true").statusCode()).isEqualTo(200);
        final HttpResponse<String> health = TestHttp.get(admin("/healthcheck"));
        assertThat(health.statusCode()).isEqualTo(500);
        assertThat(health.body()).contains("\"orders\":{\"healthy\":false");
        assertThat(scrape().value("orders_fault_health_failing")).isEqualTo(1.0);
        awaitMetric("orders_health_check_healthy", 0.0, "check", "orders");
        assertThat(scrape().value("orders_health_check_healthy", "check", "deadlocks")).isEqualTo(1.0);

        assertThat(task("fail-health?failing=false").statusCode()).isEqualTo(200);
        assertThat(TestHttp.get(admin("/healthcheck")).statusCode()).isEqualTo(200);
        assertThat(scrape().value("orders_fault_health_failing")).isZero();
        awaitMetric("orders_health_check_healthy", 1.0, "check", "orders");
    }

    @Test
    void badTaskParametersAre400NamingTheParameter() throws Exception {
        assertBadTask("inject-errors?ratio=1.5", "ratio");
        assertBadTask("inject-errors?ratio=lots", "ratio");
        assertBadTask("inject-errors", "ratio");
        assertBadTask("inject-latency?ms=60001", "ms");
        assertBadTask("inject-latency?ms=-5", "ms");
        assertBadTask("inject-latency?ms=1.5", "ms");
        assertBadTask("fail-health?failing=yes", "failing");
        assertBadTask("fail-health", "failing");
        assertBadTask("clear-faults?ratio=1", "ratio");
        assertBadTask("inject-errors?ratio=0.1&bogus=1", "bogus", "is not accepted by inject-errors (accepted: ratio)");
        assertBadTask("inject-latency?ms=99999999999999999999", "ms", "is out of range, must be between 0 and 60000");
        assertBadTask("inject-errors?ratio=2", "ratio", "is out of range, must be between 0 and 1");
        // Dropwizard's own tasks too: a typo is refused instead of running with defaults.
        assertBadTask("gc?run=2", "run", "is not accepted by gc (accepted: runs)");
        assertBadTask("log-level?loger=x&level=DEBUG", "loger", "is not accepted by log-level");
        // A refused change changes nothing.
        final MetricsText metrics = scrape();
        assertThat(metrics.value("orders_fault_error_ratio")).isZero();
        assertThat(metrics.value("orders_fault_added_latency_seconds")).isZero();
        assertThat(metrics.value("orders_fault_health_failing")).isZero();
    }

    @Test
    void faultTasksAreOnlyOnTheAdminPort() throws Exception {
        final HttpResponse<String> response = TestHttp.post(app("/tasks/inject-errors?ratio=1"), "text/plain", "");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(scrape().value("orders_fault_error_ratio")).isZero();
    }

    @Test
    void theMemoryDrillIsAbsentUnlessEnabled() throws Exception {
        assertThat(task("allocate-memory?mib=1").statusCode()).isEqualTo(404);
        assertThat(scrape().value("orders_fault_memory_ballast_bytes")).isZero();
    }

    @Test
    void ordersAreQueuedAndDrainedByTheWorker() throws Exception {
        final MetricsText before = scrape();
        final double processedBefore = before.value("orders_events_total", "event", "processed");
        final double quantitiesBefore = before.value("orders_request_quantity_count");
        for (int i = 0; i < 5; i++) {
            final HttpResponse<String> response = postOrder("{\"sku\":\"LAMP-7\",\"quantity\":2,\"customer\":\"c" + i + "\"}");
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).contains("\"status\":\"queued\"");
        }
        awaitMetric("orders_events_total", processedBefore + 5, "event", "processed");
        final MetricsText after = scrape();
        assertThat(after.value("orders_queue_depth")).isZero();
        assertThat(after.value("orders_request_quantity_count")).isEqualTo(quantitiesBefore + 5);
    }

    @Test
    void invalidOrderBodiesGetTheDocumentedErrors() throws Exception {
        assertOrderRejected("{\"sku\":\"BOOK-1\",\"quantity\":0,\"customer\":\"c\"}", 422,
                "quantity is out of range, must be between 1 and 1000");
        assertOrderRejected("{\"sku\":\"BOOK-1\",\"quantity\":2}", 422, "customer must not be blank");
        assertOrderRejected("{\"sku\":\"book one\",\"quantity\":2,\"customer\":\"c\"}", 422, "sku must be upper-case");
        assertOrderRejected("{\"sku\":\"BOOK-1\",\"quantity\":", 400, "Unable to process JSON");
        assertOrderRejected("{\"sku\":\"BOOK-1\",\"quantity\":2,\"customer\":\"" + "x".repeat(5000) + "\"}", 413, "exceeds the limit");
        final HttpResponse<String> wrongType = TestHttp.post(app("/api/orders"), "text/plain", "sku=BOOK-1");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        final double client4xx = scrape().value("http_server_requests_total", "method", "POST", "route", "/api/orders", "status_class", "4xx");
        assertThat(client4xx).isGreaterThanOrEqualTo(6);
    }

    @Test
    void quoteValidatesItems() throws Exception {
        assertThat(api("/api/quote?items=3").body()).contains("\"totalCents\":3750");
        for (String items : List.of("0", "101", "99999999999", "1e30")) {
            final HttpResponse<String> outOfRange = api("/api/quote?items=" + items);
            assertThat(outOfRange.statusCode()).as(items).isEqualTo(400);
            assertThat(outOfRange.body()).as(items).contains("items is out of range, must be between 1 and 100");
        }
        final HttpResponse<String> notANumber = api("/api/quote?items=many");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("items is not a whole number");
    }

    private static void assertOrderRejected(String body, int status, String message) throws Exception {
        final HttpResponse<String> response = postOrder(body);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.body()).as(body).contains(message);
    }

    private static void assertBadTask(String pathAndQuery, String parameter) throws Exception {
        assertBadTask(pathAndQuery, parameter, "");
    }

    private static void assertBadTask(String pathAndQuery, String parameter, String problem) throws Exception {
        final HttpResponse<String> response = task(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(400);
        assertThat(response.body()).as(pathAndQuery).contains("parameter '" + parameter + "' " + problem);
    }

    private static void awaitMetric(String name, double expected, String... labels) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        double value = Double.NaN;
        while (System.nanoTime() < deadline) {
            value = scrape().value(name, labels);
            if (value == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(value).as(name).isEqualTo(expected);
    }

    private static double valueOrZero(MetricsText metrics, String name, String... labels) {
        return metrics.has(name, labels) ? metrics.value(name, labels) : 0;
    }

    static MetricsText scrape() throws IOException, InterruptedException {
        final HttpResponse<String> response = TestHttp.get(app("/metrics"));
        assertThat(response.statusCode()).isEqualTo(200);
        return new MetricsText(response.body());
    }

    private static HttpResponse<String> api(String pathAndQuery) throws IOException, InterruptedException {
        return TestHttp.get(app(pathAndQuery));
    }

    private static HttpResponse<String> postOrder(String body) throws IOException, InterruptedException {
        return TestHttp.post(app("/api/orders"), "application/json", body);
    }

    private static HttpResponse<String> task(String pathAndQuery) throws IOException, InterruptedException {
        return TestHttp.post(admin("/tasks/" + pathAndQuery), "text/plain", "");
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + APP.getLocalPort() + path;
    }

    private static String admin(String path) {
        return "http://127.0.0.1:" + APP.getAdminPort() + path;
    }
}
