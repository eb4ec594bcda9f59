package dev.stackwatch.orders.health;

import com.codahale.metrics.health.HealthCheck;
import dev.stackwatch.orders.core.FaultState;
import dev.stackwatch.orders.core.OrderQueue;

/** Unhealthy when the fail-health fault is on or the order queue is full. */
public class OrdersHealthCheck extends HealthCheck {
    public static final String NAME = "orders";

    private final FaultState faults;
    private final OrderQueue queue;

    public OrdersHealthCheck(FaultState faults, OrderQueue queue) {
        this.faults = faults;
        this.queue = queue;
    }

    @Override
    protected Result check() {
        if (faults.healthFailing()) {
            return Result.unhealthy("failure injected through /tasks/fail-health");
        }
        if (queue.isFull()) {
            return Result.unhealthy("order queue is full (" + queue.capacity() + " orders)");
        }
        return Result.healthy("queue depth " + queue.depth() + " of " + queue.capacity());
    }
}
