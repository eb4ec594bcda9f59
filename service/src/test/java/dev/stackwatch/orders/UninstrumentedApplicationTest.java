package dev.stackwatch.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwatch.dropwizard.prometheus.TestHttp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** metrics.enabled=false (the benchmark's baseline): same endpoints and faults, no /metrics. */
@ExtendWith(DropwizardExtensionsSupport.class)
class UninstrumentedApplicationTest {
    private static final DropwizardAppExtension<OrdersConfiguration> APP = new DropwizardAppExtension<>(
            OrdersApplication.class, Path.of("config.yml").toAbsolutePath().toString(),
            ConfigOverride.config("server.applicationConnectors[0].port", "0"),
            ConfigOverride.config("server.adminConnectors[0].port", "0"),
            ConfigOverride.config("metrics.enabled", "false"));

    @Test
    void servesTheApiWithoutMetrics() throws Exception {
        final String base = "http://127.0.0.1:" + APP.getLocalPort();
        assertThat(TestHttp.get(base + "/api/ping").statusCode()).isEqualTo(200);
        assertThat(TestHttp.get(base + "/metrics").statusCode()).isEqualTo(404);
        final String admin = "http://127.0.0.1:" + APP.getAdminPort();
        assertThat(TestHttp.post(admin + "/tasks/inject-errors?ratio=1", "text/plain", "").statusCode()).isEqualTo(200);
        assertThat(TestHttp.get(base + "/api/ping").statusCode()).isEqualTo(500);
        assertThat(TestHttp.post(admin + "/tasks/clear-faults", "text/plain", "").statusCode()).isEqualTo(200);
    }
}
