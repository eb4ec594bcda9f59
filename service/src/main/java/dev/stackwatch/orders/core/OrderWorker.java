package dev.stackwatch.orders.core;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.util.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background thread draining the order queue, spending a configured time per order. */
public class OrderWorker implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(OrderWorker.class);
    private static final long POLL_MILLIS = 200;
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final OrderQueue queue;
    private final long processingNanos;
    private final Meter processed;
    private final Timer queueWait;
    private volatile boolean running;
    private Thread thread;

    public OrderWorker(OrderQueue queue, Duration processingTime, MetricRegistry metrics) {
        this.queue = queue;
        this.processingNanos = processingTime.toNanoseconds();
        this.processed = metrics.meter("orders.events.processed");
        this.queueWait = metrics.timer("orders.queue.wait");
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::drain, "order-worker");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(STOP_WAIT_MILLIS);
        if (queue.depth() > 0) {
            LOG.warn("stopped with {} orders still queued", queue.depth());
        }
    }

    private void drain() {
        while (running) {
            try {
                final Order order = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (order == null) {
                    continue;
                }
                queueWait.update(System.nanoTime() - order.enqueuedAtNanos(), TimeUnit.NANOSECONDS);
                if (processingNanos > 0) {
                    TimeUnit.NANOSECONDS.sleep(processingNanos);
                }
                processed.mark();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
