package dev.stackwatch.dropwizard.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwatch.dropwizard.prometheus.library.LibraryApplication;
import dev.stackwatch.dropwizard.prometheus.library.LibraryConfiguration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bundle on a small app that is not orders (library.yml): what /metrics says after real requests. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PrometheusBundleTest {
    private static final DropwizardAppExtension<LibraryConfiguration> APP = new DropwizardAppExtension<>(
            LibraryApplication.class, ResourceHelpers.resourceFilePath("library.yml"));

    @Test
    void requestCounterAndHistogramGrowByExactlyTheRequestsMade() throws Exception {
        final int requests = 23;
        final MetricsText before = scrape();
        for (int i = 0; i < requests; i++) {
            assertThat(get("/books").statusCode()).isEqualTo(200);
        }
        final MetricsText after = scrape();
        assertThat(delta(before, after, "http_server_requests_total",
                "method", "GET", "route", "/books", "status_class", "2xx")).isEqualTo(requests);
        assertThat(delta(before, after, "http_server_request_duration_seconds_count",
                "method", "GET", "route", "/books")).isEqualTo(requests);
        assertThat(delta(before, after, "http_server_request_duration_seconds_bucket",
                "method", "GET", "route", "/books", "le", "+Inf")).isEqualTo(requests);
        // The buckets of the configuration, cumulative.
        final List<Double> buckets = List.of("0.01", "0.1", "1.0", "+Inf").stream().map(le -> after.value(
                "http_server_request_duration_seconds_bucket", "method", "GET", "route", "/books", "le", le)).toList();
        assertThat(buckets).isSorted();
        // The Codahale timer of the same method, through its bridge rule.
        assertThat(delta(before, after, "library_request_handling_seconds_count", "operation", "list"))
                .isEqualTo(requests);
    }

    @Test
    void codahaleMetersAndHistogramsAreBridgedWithTheirMappedNamesAndLabels() throws Exception {
        final MetricsText before = scrape();
        for (int i = 0; i < 4; i++) {
            assertThat(post("/books/2/loans").body()).isEqualTo("granted");
        }
        assertThat(post("/books/9/loans").body()).isEqualTo("refused");
        assertThat(get("/books/3").statusCode()).isEqualTo(200);
        final MetricsText after = scrape();
        assertThat(delta(before, after, "library_loans_total", "outcome", "granted")).isEqualTo(4);
        assertThat(delta(before, after, "library_loans_total", "outcome", "refused")).isEqualTo(1);
        assertThat(delta(before, after, "library_book_pages_count")).isEqualTo(1);
        assertThat(after.value("library_book_pages", "quantile", "0.5")).isPositive();
        // Only mapped Codahale metrics are exported: no Java class names, no Dropwizard jvm.* gauges.
        assertThat(after.samples()).allSatisfy(sample -> assertThat(sample.name()).matches("[a-z_][a-z0-9_]*"));
        assertThat(after.samples()).noneMatch(sample -> sample.name().startsWith("io_dropwizard")
                || sample.name().startsWith("jvm_memory_heap_") || sample.name().contains("jetty"));
    }

    @Test
    void routesComeFromJerseyAndEverythingElseIsOther() throws Exception {
        final MetricsText metrics = scrape();
        // Fixed paths Jersey serves and /metrics are pre-created at zero for every status class.
        for (Route route : List.of(new Route("GET", "/books"), new Route("POST", "/books/catalog"),
                new Route("GET", "/metrics"))) {
            for (String statusClass : List.of("2xx", "4xx", "5xx")) {
                assertThat(metrics.has("http_server_requests_total", "method", route.method(), "route", route.path(),
                        "status_class", statusClass)).as(route + " " + statusClass).isTrue();
            }
        }
        // Templated paths and paths nobody serves share one label value.
        final double otherBefore = valueOrZero(metrics, "http_server_requests_total",
                "method", "GET", "route", "other", "status_class", "2xx");
        for (int id = 1; id <= 3; id++) {
            assertThat(get("/books/" + id).statusCode()).isEqualTo(200);
        }
        assertThat(get("/nowhere").statusCode()).isEqualTo(404);
        final MetricsText after = scrape();
        assertThat(after.value("http_server_requests_total", "method", "GET", "route", "other", "status_class", "2xx"))
                .isEqualTo(otherBefore + 3);
        assertThat(after.samples()).noneMatch(sample -> sample.labels().getOrDefault("route", "").startsWith("/books/1"));
        assertThat(after.has("http_server_requests_total", "method", "GET", "route", "other", "status_class", "4xx"))
                .isTrue();
    }

    @Test
    void healthChecksAreAGaugeNamedAfterTheApplication() throws Exception {
        assertThat(scrape().value("library_health_check_healthy", "check", "catalog")).isEqualTo(1);
        assertThat(post("/books/catalog?open=false").statusCode()).isEqualTo(200);
        try {
            awaitHealth(0);
        } finally {
            post("/books/catalog?open=true");
        }
        awaitHealth(1);
    }

    @Test
    void promtoolAcceptsTheWholeOutput() throws Exception {
        get("/books");
        get("/books/1");
        post("/books/1/loans");
        get("/nowhere");
        Promtool.assertAccepts(scrape().text());
    }

    private static void awaitHealth(double expected) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (scrape().value("library_health_check_healthy", "check", "catalog") != expected) {
            assertThat(System.nanoTime()).as("health gauge never became %s", expected).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static double delta(MetricsText before, MetricsText after, String name, String... labels) {
        return after.value(name, labels) - valueOrZero(before, name, labels);
    }

    private static double valueOrZero(MetricsText metrics, String name, String... labels) {
        return metrics.has(name, labels) ? metrics.value(name, labels) : 0;
    }

    static MetricsText scrape() throws Exception {
        return new MetricsText(get("/metrics").body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return TestHttp.get("http://127.0.0.1:" + APP.getLocalPort() + path);
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return TestHttp.post("http://127.0.0.1:" + APP.getLocalPort() + path, "text/plain", "");
    }
}
