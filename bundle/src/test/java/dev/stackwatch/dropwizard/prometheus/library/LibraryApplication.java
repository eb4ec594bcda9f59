package dev.stackwatch.dropwizard.prometheus.library;

import com.codahale.metrics.health.HealthCheck;
import dev.stackwatch.dropwizard.prometheus.PrometheusBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;

/** A small app that is not orders: a library lending books, instrumented by the bundle alone. */
public class LibraryApplication extends Application<LibraryConfiguration> {
    @Override
    public String getName() {
        return "library";
    }

    @Override
    public void initialize(Bootstrap<LibraryConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new PrometheusBundle<>(LibraryConfiguration::getPrometheus));
    }

    @Override
    public void run(LibraryConfiguration configuration, Environment environment) {
        final BooksResource books = new BooksResource(environment.metrics());
        environment.jersey().register(books);
        environment.healthChecks().register("catalog", new HealthCheck() {
            @Override
            protected Result check() {
                return books.catalogOpen() ? Result.healthy() : Result.unhealthy("catalog closed");
            }
        });
    }
}
