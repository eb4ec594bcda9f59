package dev.stackwatch.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwatch.dropwizard.prometheus.MetricsText;
import dev.stackwatch.dropwizard.prometheus.TestHttp;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** memoryDrill.enabled=true: /tasks/allocate-memory holds memory up to maxAllocation (off by default: OrdersApplicationTest). */
@ExtendWith(DropwizardExtensionsSupport.class)
class MemoryDrillApplicationTest {
    private static final DropwizardAppExtension<OrdersConfiguration> APP = new DropwizardAppExtension<>(
            OrdersApplication.class, Path.of("config.yml").toAbsolutePath().toString(),
            ConfigOverride.config("server.applicationConnectors[0].port", "0"),
            ConfigOverride.config("server.adminConnectors[0].port", "0"),
            ConfigOverride.config("memoryDrill.enabled", "true"),
            ConfigOverride.config("memoryDrill.maxAllocation", "16MiB"));

    @Test
    void allocatesWithinTheBoundShowsItInMetricsAndClearFaultsReleasesIt() throws Exception {
        assertThat(task("allocate-memory?mib=12").statusCode()).isEqualTo(200);
        assertThat(ballastBytes()).isEqualTo(12.0 * 1024 * 1024);

        final HttpResponse<String> tooMuch = task("allocate-memory?mib=5");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("parameter 'mib' is out of range, must be between 1 and 4");
        assertThat(task("allocate-memory?mib=1&size=1").body()).contains("parameter 'size' is not accepted");
        assertThat(ballastBytes()).isEqualTo(12.0 * 1024 * 1024);

        assertThat(task("clear-faults").statusCode()).isEqualTo(200);
        assertThat(ballastBytes()).isZero();
    }

    private static double ballastBytes() throws Exception {
        return new MetricsText(TestHttp.get("http://127.0.0.1:" + APP.getLocalPort() + "/metrics").body())
                .value("orders_fault_memory_ballast_bytes");
    }

    private static HttpResponse<String> task(String pathAndQuery) throws Exception {
        return TestHttp.post("http://127.0.0.1:" + APP.getAdminPort() + "/tasks/" + pathAndQuery, "text/plain", "");
    }
}
