package dev.stackwatch.orders.metrics;

import dev.stackwatch.orders.core.FaultState;
import dev.stackwatch.orders.core.MemoryBallast;
import dev.stackwatch.orders.core.OrderQueue;
import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.List;

/** Queue depth and the injected faults, read at scrape time so they are never stale. */
public class ServiceStateCollector extends Collector {
    private static final double MILLIS_PER_SECOND = 1000.0;

    private final FaultState faults;
    private final MemoryBallast ballast;
    private final OrderQueue queue;

    public ServiceStateCollector(FaultState faults, MemoryBallast ballast, OrderQueue queue) {
        this.faults = faults;
        this.ballast = ballast;
        this.queue = queue;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        return List.of(
                new GaugeMetricFamily("orders_queue_depth",
                        "Orders accepted and not yet processed by the worker.", queue.depth()),
                new GaugeMetricFamily("orders_queue_capacity",
                        "Orders the queue holds before POST /api/orders answers 503.", queue.capacity()),
                new GaugeMetricFamily("orders_fault_error_ratio",
                        "Injected fraction of /api requests answered 500 (/tasks/inject-errors).", faults.errorRatio()),
                new GaugeMetricFamily("orders_fault_added_latency_seconds",
                        "Injected latency added to every /api request (/tasks/inject-latency).",
                        faults.addedLatencyMillis() / MILLIS_PER_SECOND),
                new GaugeMetricFamily("orders_fault_health_failing",
                        "1 while the orders health check is forced to fail (/tasks/fail-health).",
                        faults.healthFailing() ? 1 : 0),
                new GaugeMetricFamily("orders_fault_memory_ballast_bytes",
                        "Native memory held on purpose by the memory drill (/tasks/allocate-memory).",
                        ballast.allocatedBytes()));
    }
}
