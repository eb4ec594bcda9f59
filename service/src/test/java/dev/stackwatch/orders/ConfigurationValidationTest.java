package dev.stackwatch.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackwatch.dropwizard.prometheus.ConfigurationFiles;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped config.yml is valid with its defaults; broken ones are refused naming the field. */
class ConfigurationValidationTest {
    private static final Path SHIPPED = Path.of("config.yml");
    private static final Bootstrap<OrdersConfiguration> BOOTSTRAP =
            ConfigurationFiles.initializedBootstrap(new OrdersApplication());

    @TempDir
    Path dir;

    @Test
    void shippedConfigIsValidAndUsesTheContractPorts() throws Exception {
        final OrdersConfiguration config = load(SHIPPED);
        final DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
        assertThat(((HttpConnectorFactory) server.getApplicationConnectors().get(0)).getPort()).isEqualTo(8088);
        assertThat(((HttpConnectorFactory) server.getAdminConnectors().get(0)).getPort()).isEqualTo(8089);
        assertThat(config.getMetrics().isEnabled()).isTrue();
        assertThat(config.getMetrics().getBridge()).isNotEmpty();
        assertThat(config.getMetrics().getBridge().get(0).getLabels()).containsEntry("resource", "${0}");
    }

    @Test
    void decreasingBucketsAreRefused() throws Exception {
        assertRefused("requestDurationBuckets: [0.005, 0.01", "requestDurationBuckets: [0.5, 0.01",
                "requestDurationBuckets must be positive and strictly increasing");
    }

    @Test
    void emptyBucketsAreRefused() throws Exception {
        assertRefused("requestDurationBuckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0]",
                "requestDurationBuckets: []", "metrics.requestDurationBuckets must not be empty");
    }

    @Test
    void badBridgeNameIsRefused() throws Exception {
        assertRefused("name: orders_resource_duration_seconds", "name: Orders.Duration",
                "metrics.bridge[0].name 'Orders.Duration' must be snake_case");
    }

    @Test
    void badBridgeGlobIsRefused() throws Exception {
        assertRefused("match: orders.queue.wait", "match: orders..wait", "metrics.bridge[3].match");
    }

    @Test
    void outOfRangeNumbersAreRefused() throws Exception {
        assertRefused("latencySpread: ${ORDERS_QUOTE_SPREAD:-0.6}", "latencySpread: 7",
                "quote.latencySpread must be less than or equal to 3.0");
    }

    @Test
    void unknownFieldsAreRefused() throws Exception {
        final Path broken = variant("queueCapacity:", "queueCapacitty: 5\n  queueCapacity:");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("Unrecognized field at: orders.queueCapacitty");
    }

    /** The real entry point: exits non-zero and names the field set through an environment variable. */
    @Test
    void serviceExitsNonZeroNamingTheField() throws Exception {
        final List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), OrdersApplication.class.getName(),
                "check", SHIPPED.toAbsolutePath().toString());
        final ProcessBuilder broken = new ProcessBuilder(command).redirectErrorStream(true);
        broken.environment().put("ORDERS_QUEUE_CAPACITY", "0");
        final Process process = broken.start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("orders.queueCapacity must be greater than or equal to 1");
    }

    private void assertRefused(String original, String replacement, String message) throws Exception {
        final Path broken = variant(original, replacement);
        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining(message);
    }

    private Path variant(String original, String replacement) throws Exception {
        final String shipped = Files.readString(SHIPPED);
        assertThat(shipped).contains(original);
        final Path copy = dir.resolve("config.yml");
        Files.writeString(copy, shipped.replace(original, replacement));
        return copy;
    }

    private static OrdersConfiguration load(Path path) throws Exception {
        return ConfigurationFiles.load(BOOTSTRAP, path);
    }
}
