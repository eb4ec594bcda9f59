package dev.stackwatch.orders.core;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Faults injected through the admin tasks. Read on every /api request, so plain volatile fields;
 * each setter checks its range so no caller can leave an impossible state behind.
 */
public class FaultState {
    public static final NumberRange ERROR_RATIO = NumberRange.decimal(0, 1);
    public static final NumberRange ADDED_LATENCY_MILLIS = NumberRange.whole(0, 60_000);

    private volatile double errorRatio;
    private volatile long addedLatencyMillis;
    private volatile boolean healthFailing;

    public double errorRatio() {
        return errorRatio;
    }

    public void setErrorRatio(double ratio) {
        if (!ERROR_RATIO.contains(ratio)) {
            throw new IllegalArgumentException("error ratio " + ERROR_RATIO.outOfRange() + ", got " + ratio);
        }
        this.errorRatio = ratio;
    }

    public long addedLatencyMillis() {
        return addedLatencyMillis;
    }

    public void setAddedLatencyMillis(long millis) {
        if (!ADDED_LATENCY_MILLIS.contains(millis)) {
            throw new IllegalArgumentException("added latency in ms " + ADDED_LATENCY_MILLIS.outOfRange() + ", got " + millis);
        }
        this.addedLatencyMillis = millis;
    }

    public boolean healthFailing() {
        return healthFailing;
    }

    public void setHealthFailing(boolean failing) {
        this.healthFailing = failing;
    }

    /** Draws whether this request is one of the injected failures. */
    public boolean shouldFailRequest() {
        final double ratio = errorRatio;
        return ratio > 0 && ThreadLocalRandom.current().nextDouble() < ratio;
    }

    public void clear() {
        errorRatio = 0;
        addedLatencyMillis = 0;
        healthFailing = false;
    }

    @Override
    public String toString() {
        return "errorRatio=" + errorRatio + " addedLatencyMs=" + addedLatencyMillis + " healthFailing=" + healthFailing;
    }
}
