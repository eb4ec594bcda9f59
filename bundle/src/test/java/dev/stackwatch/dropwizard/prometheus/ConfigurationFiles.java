package dev.stackwatch.dropwizard.prometheus;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Path;

/** Loads a configuration file the way the application does: its own bootstrap, substitution included. */
public final class ConfigurationFiles {
    private ConfigurationFiles() {
    }

    public static <C extends Configuration> Bootstrap<C> initializedBootstrap(Application<C> application) {
        final Bootstrap<C> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        return bootstrap;
    }

    public static <C extends Configuration> C load(Bootstrap<C> bootstrap, Path path) throws Exception {
        return bootstrap.getConfigurationFactoryFactory()
                .create(bootstrap.getApplication().getConfigurationClass(),
                        bootstrap.getValidatorFactory().getValidator(), bootstrap.getObjectMapper(), "dw")
                .build(bootstrap.getConfigurationSourceProvider(), path.toString());
    }
}
