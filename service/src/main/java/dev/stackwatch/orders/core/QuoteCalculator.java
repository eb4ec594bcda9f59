package dev.stackwatch.orders.core;

import io.dropwizard.util.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Simulated pricing work: sleeps a log-normally distributed time (median scaled by the number of
 * items) so latency histograms show a realistic long tail, capped so no request hangs.
 */
public class QuoteCalculator {
    private static final long CENTS_PER_ITEM = 1_250;

    private final double medianNanosPerItem;
    private final double spread;
    private final long maxNanos;

    public QuoteCalculator(Duration medianPerItem, double spread, Duration maxLatency) {
        this.medianNanosPerItem = medianPerItem.toNanoseconds();
        this.spread = spread;
        this.maxNanos = maxLatency.toNanoseconds();
    }

    /** Work time for one quote: median * items * e^(spread * N(0,1)), at most the cap. */
    public long workNanos(int items) {
        final double gaussian = ThreadLocalRandom.current().nextGaussian();
        final double nanos = medianNanosPerItem * items * Math.exp(spread * gaussian);
        return (long) Math.min(nanos, maxNanos);
    }

    public long priceCents(int items) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(workNanos(items));
        return CENTS_PER_ITEM * items;
    }
}
