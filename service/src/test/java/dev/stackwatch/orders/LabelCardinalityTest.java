package dev.stackwatch.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwatch.dropwizard.prometheus.MetricsText;
import dev.stackwatch.dropwizard.prometheus.TestHttp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Label values stay bounded: known routes (synthetic ones included) each get series, anything else one. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LabelCardinalityTest {
    private static final int SYNTHETIC_ROUTES = 3;
    private static final DropwizardAppExtension<OrdersConfiguration> APP = new DropwizardAppExtension<>(
            OrdersApplication.class, Path.of("config.yml").toAbsolutePath().toString(),
            ConfigOverride.config("server.applicationConnectors[0].port", "0"),
            ConfigOverride.config("server.adminConnectors[0].port", "0"),
            ConfigOverride.config("syntheticRoutes", String.valueOf(SYNTHETIC_ROUTES)));

    @Test
    void syntheticRoutesAreKnownRoutesWithTheirOwnSeries() throws Exception {
        for (int index = 0; index < SYNTHETIC_ROUTES; index++) {
            final String route = "/api/synthetic/" + index;
            assertThat(TestHttp.get(app(route)).statusCode()).as(route).isEqualTo(200);
            assertThat(scrape().value("http_server_requests_total", "method", "GET", "route", route,
                    "status_class", "2xx")).as(route).isEqualTo(1);
        }
        assertThat(TestHttp.get(app("/api/synthetic/" + SYNTHETIC_ROUTES)).statusCode()).isEqualTo(404);
        assertThat(TestHttp.get(app("/api/synthetic/01")).statusCode()).isEqualTo(404);
    }

    @Test
    void thousandDistinctUnknownPathsAddAtMostOneSeriesPerFamily() throws Exception {
        final Map<String, Set<Map<String, String>>> before = seriesByFamily(scrape());
        for (int i = 0; i < 1000; i++) {
            // Half look like a synthetic route beyond the configured count, half like nothing served.
            final String path = i % 2 == 0 ? "/api/synthetic/" + (SYNTHETIC_ROUTES + i) : "/api/unknown-" + i;
            assertThat(TestHttp.get(app(path)).statusCode()).as(path).isEqualTo(404);
        }
        final MetricsText after = scrape();
        final Map<String, Set<Map<String, String>>> afterSeries = seriesByFamily(after);
        for (String family : Set.of("http_server_requests_total", "http_server_request_duration_seconds_count")) {
            final Set<Map<String, String>> added = new HashSet<>(afterSeries.get(family));
            added.removeAll(before.getOrDefault(family, Set.of()));
            assertThat(added).as(family).hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(labels -> assertThat(labels).containsEntry("route", "other"));
        }
        assertThat(after.value("http_server_requests_total", "method", "GET", "route", "other", "status_class", "4xx"))
                .isGreaterThanOrEqualTo(1000);
    }

    /** The label sets of each sample name (histogram buckets' `le` left out). */
    private static Map<String, Set<Map<String, String>>> seriesByFamily(MetricsText metrics) {
        final Map<String, Set<Map<String, String>>> series = new HashMap<>();
        for (MetricsText.Sample sample : metrics.samples()) {
            final Map<String, String> labels = new HashMap<>(sample.labels());
            labels.remove("le");
            series.computeIfAbsent(sample.name(), name -> new HashSet<>()).add(labels);
        }
        return series;
    }

    private static MetricsText scrape() throws Exception {
        return new MetricsText(TestHttp.get(app("/metrics")).body());
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + APP.getLocalPort() + path;
    }
}
