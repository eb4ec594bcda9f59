package dev.stackwatch.dropwizard.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwatch.dropwizard.prometheus.library.LibraryApplication;
import dev.stackwatch.dropwizard.prometheus.library.LibraryConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** port: admin and a path of its own: the metrics move to the admin connector, requests still count. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminPortTest {
    private static final DropwizardAppExtension<LibraryConfiguration> APP = new DropwizardAppExtension<>(
            LibraryApplication.class, ResourceHelpers.resourceFilePath("library.yml"),
            ConfigOverride.config("prometheus.port", "admin"),
            ConfigOverride.config("prometheus.path", "/prometheus"),
            ConfigOverride.config("prometheus.namespace", "books_app"));

    @Test
    void servesOnTheAdminPortOnly() throws Exception {
        assertThat(get(APP.getLocalPort(), "/books").statusCode()).isEqualTo(200);
        assertThat(get(APP.getLocalPort(), "/prometheus").statusCode()).isEqualTo(404);
        assertThat(get(APP.getLocalPort(), "/metrics").statusCode()).isEqualTo(404);
        final MetricsText metrics = new MetricsText(get(APP.getAdminPort(), "/prometheus").body());
        assertThat(metrics.value("http_server_requests_total", "method", "GET", "route", "/books", "status_class", "2xx"))
                .isEqualTo(1);
        // The namespace setting names the health family instead of the application's name.
        assertThat(metrics.value("books_app_health_check_healthy", "check", "catalog")).isEqualTo(1);
        assertThat(metrics.has("http_server_requests_total", "method", "GET", "route", "/prometheus",
                "status_class", "2xx")).isFalse();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return TestHttp.get("http://127.0.0.1:" + port + path);
    }
}
