package dev.stackwatch.orders;

import dev.stackwatch.dropwizard.prometheus.PrometheusBundle;
import dev.stackwatch.dropwizard.prometheus.Route;
import dev.stackwatch.orders.cli.LoadCommand;
import dev.stackwatch.orders.core.FaultState;
import dev.stackwatch.orders.core.MemoryBallast;
import dev.stackwatch.orders.core.OrderQueue;
import dev.stackwatch.orders.core.OrderWorker;
import dev.stackwatch.orders.core.QuoteCalculator;
import dev.stackwatch.orders.filter.FaultInjectionFilter;
import dev.stackwatch.orders.filter.RequestBodyLimitFilter;
import dev.stackwatch.orders.health.OrdersHealthCheck;
import dev.stackwatch.orders.metrics.ServiceStateCollector;
import dev.stackwatch.orders.resources.JsonFieldErrorMapper;
import dev.stackwatch.orders.resources.OrdersResource;
import dev.stackwatch.orders.resources.PingResource;
import dev.stackwatch.orders.resources.QuoteResource;
import dev.stackwatch.orders.resources.SyntheticResource;
import dev.stackwatch.orders.tasks.AllocateMemoryTask;
import dev.stackwatch.orders.tasks.CheckedTask;
import dev.stackwatch.orders.tasks.ClearFaultsTask;
import dev.stackwatch.orders.tasks.FailHealthTask;
import dev.stackwatch.orders.tasks.InjectErrorsTask;
import dev.stackwatch.orders.tasks.InjectLatencyTask;
import dev.stackwatch.orders.tasks.TaskParameterFilter;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

/** The demo service the stack watches; run() only wires the parts together. */
public class OrdersApplication extends Application<OrdersConfiguration> {
    /** /metrics and the request metrics (config.yml's `metrics:` section). */
    private final PrometheusBundle<OrdersConfiguration> prometheus = new PrometheusBundle<>(OrdersConfiguration::getMetrics);

    public static void main(String[] args) throws Exception {
        new OrdersApplication().run(args);
    }

    @Override
    public String getName() {
        return "orders";
    }

    @Override
    public void initialize(Bootstrap<OrdersConfiguration> bootstrap) {
        // Non-strict: ${VAR:-default} works, and the bridge rules' ${0} label placeholders
        // (no environment variable can be named 0) pass through unchanged.
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new LoadCommand());
        bootstrap.addBundle(prometheus);
    }

    @Override
    public void run(OrdersConfiguration config, Environment environment) {
        final FaultState faults = new FaultState();
        final OrdersConfiguration.MemoryDrillSettings memoryDrill = config.getMemoryDrill();
        final MemoryBallast ballast =
                new MemoryBallast(memoryDrill.isEnabled() ? memoryDrill.getMaxAllocation().toBytes() : 0);
        final OrdersConfiguration.QueueSettings queueSettings = config.getOrders();
        final OrderQueue queue = new OrderQueue(queueSettings.getQueueCapacity(), environment.metrics());
        environment.lifecycle().manage(
                new OrderWorker(queue, queueSettings.getProcessingTime(), environment.metrics()));

        // The bundle's request filter, registered before these, also sees the injected faults.
        prometheus.register(new ServiceStateCollector(faults, ballast, queue));
        // Jersey knows one templated route; each synthetic path is its own route label.
        prometheus.addRoutes(IntStream.range(0, config.getSyntheticRoutes())
                .mapToObj(index -> new Route("GET", SyntheticResource.PATH_PREFIX + index)).toList());
        environment.servlets().addFilter("request-body-limit",
                        new RequestBodyLimitFilter(queueSettings.getMaxBodySize().toBytes()))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/*");
        environment.servlets().addFilter("fault-injection", new FaultInjectionFilter(faults))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/*");

        final OrdersConfiguration.QuoteSettings quote = config.getQuote();
        environment.jersey().register(new PingResource());
        environment.jersey().register(new QuoteResource(new QuoteCalculator(
                quote.getMedianLatencyPerItem(), quote.getLatencySpread(), quote.getMaxLatency())));
        environment.jersey().register(new OrdersResource(queue));
        environment.jersey().register(new JsonFieldErrorMapper());
        if (config.getSyntheticRoutes() > 0) {
            environment.jersey().register(new SyntheticResource(config.getSyntheticRoutes()));
        }

        environment.healthChecks().register(OrdersHealthCheck.NAME, new OrdersHealthCheck(faults, queue));

        final List<CheckedTask> tasks = new ArrayList<>(List.of(new InjectErrorsTask(faults),
                new InjectLatencyTask(faults), new FailHealthTask(faults), new ClearFaultsTask(faults, ballast)));
        if (memoryDrill.isEnabled()) {
            tasks.add(new AllocateMemoryTask(ballast));
        }
        tasks.forEach(environment.admin()::addTask);
        environment.admin().addFilter("task-parameters", new TaskParameterFilter(tasks))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/tasks/*");
    }
}
