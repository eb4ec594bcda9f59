package dev.stackwatch.orders.core;

import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Bounded in-memory queue between POST /api/orders and the {@link OrderWorker}. */
public class OrderQueue {
    private final BlockingQueue<Order> queue;
    private final int capacity;
    private final Meter accepted;
    private final Meter rejected;
    private final Histogram quantity;

    public OrderQueue(int capacity, MetricRegistry metrics) {
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.accepted = metrics.meter("orders.events.accepted");
        this.rejected = metrics.meter("orders.events.rejected");
        this.quantity = metrics.histogram("orders.request.quantity");
    }

    /** Returns false when the queue is full (the caller answers 503). */
    public boolean offer(Order order) {
        if (queue.offer(order)) {
            accepted.mark();
            quantity.update(order.quantity());
            return true;
        }
        rejected.mark();
        return false;
    }

    Order poll(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    public int depth() {
        return queue.size();
    }

    public int capacity() {
        return capacity;
    }

    public boolean isFull() {
        return queue.remainingCapacity() == 0;
    }
}
