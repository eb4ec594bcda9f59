package dev.stackwatch.dropwizard.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackwatch.dropwizard.prometheus.library.LibraryApplication;
import dev.stackwatch.dropwizard.prometheus.library.LibraryConfiguration;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rule that would give /metrics a name promtool refuses stops the start, naming the rule's field
 * (library.yml with one line changed, loaded the way the application loads it).
 */
class SettingsValidationTest {
    private static final Path SHIPPED = Path.of(ResourceHelpers.resourceFilePath("library.yml"));
    private static final Bootstrap<LibraryConfiguration> BOOTSTRAP =
            ConfigurationFiles.initializedBootstrap(new LibraryApplication());

    @TempDir
    Path dir;

    @Test
    void theTestAppsConfigurationIsValid() throws Exception {
        assertThat(load(SHIPPED).getPrometheus().getBridge()).hasSize(3);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "name: library_loans|name: library_loans_total|prometheus.bridge[1].name 'library_loans_total' must not end in _total",
        "name: library_loans|name: libraryLoans|prometheus.bridge[1].name 'libraryLoans' must be snake_case",
        "name: library_loans|name: library:loans|prometheus.bridge[1].name 'library:loans' must be snake_case",
        "name: library_loans|name: jvm_loans|prometheus.bridge[1].name 'jvm_loans' must not start with jvm_",
        "name: library_loans|name: http_server_loans|prometheus.bridge[1].name 'http_server_loans' must not start with http_server_",
        "name: library_loans|name: library_loans_counter|prometheus.bridge[1].name 'library_loans_counter' must not name its metric type (counter)",
        "name: library_book_pages|name: library_book_pages_count|prometheus.bridge[2].name 'library_book_pages_count' must not end in _count",
        "name: library_request_handling_seconds|name: library_request_handling_ms|prometheus.bridge[0].name 'library_request_handling_ms' must not abbreviate a unit (ms)",
        "name: library_request_handling_seconds|name: library_request_handling_milliseconds|prometheus.bridge[0].name 'library_request_handling_milliseconds' must use a base unit",
        "'labels: {outcome: \"${0}\"}'|'labels: {Outcome: \"${0}\"}'|prometheus.bridge[1].labels 'Outcome' must be a snake_case label name",
        "'labels: {outcome: \"${0}\"}'|'labels: {quantile: \"${0}\"}'|prometheus.bridge[1].labels 'quantile' is reserved",
        "'labels: {outcome: \"${0}\"}'|'labels: {outcome: \"${1}\"}'|prometheus.bridge[1].labels 'outcome': uses ${1} but match 'library.loans.*' has no such * segment",
        "match: library.loans.*|match: library..loans|prometheus.bridge[1].match must be a dotted name",
        "name: library_book_pages|name: library_loans|bridge rule names must be unique",
        "'requestDurationBuckets: [0.01, 0.1, 1.0]'|'requestDurationBuckets: [0.1, 0.01]'|requestDurationBuckets must be positive and strictly increasing",
        "healthCheckInterval: 200ms|healthCheckInterval: 10ms|prometheus.healthCheckInterval must be greater than or equal to 100 MILLISECONDS",
    })
    void aBadSettingIsRefusedNamingItsField(String original, String replacement, String message) throws Exception {
        assertRefused(original, replacement, message);
    }

    @Test
    void aBadPathOrNamespaceIsRefused() throws Exception {
        assertRefused("prometheus:\n", "prometheus:\n  path: metrics\n", "prometheus.path must be a URL path starting with /");
        assertRefused("prometheus:\n", "prometheus:\n  namespace: Library\n",
                "prometheus.namespace must be a snake_case Prometheus metric name prefix");
    }

    private void assertRefused(String original, String replacement, String message) throws Exception {
        final String shipped = Files.readString(SHIPPED);
        assertThat(shipped).contains(original);
        final Path broken = dir.resolve("library.yml");
        Files.writeString(broken, shipped.replace(original, replacement));
        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aNamespaceMustComeFromSomewhere() {
        final PrometheusSettings settings = new PrometheusSettings();
        assertThat(settings.namespaceOr("library")).isEqualTo("library");
        assertThatThrownBy(() -> settings.namespaceOr("hello-world"))
                .hasMessageContaining("application name 'hello-world' is not a snake_case metric name prefix");
        final BridgeRule rule = new BridgeRule();
        rule.setMatch("library.health");
        rule.setName("library_health_check_healthy");
        settings.setBridge(List.of(rule));
        assertThatThrownBy(() -> settings.namespaceOr("library"))
                .hasMessage("bridge[0].name library_health_check_healthy is the bundle's own health check family");
    }

    private static LibraryConfiguration load(Path path) throws Exception {
        return ConfigurationFiles.load(BOOTSTRAP, path);
    }
}
