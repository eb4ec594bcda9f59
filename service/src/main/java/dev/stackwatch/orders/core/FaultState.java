package dev.stackwatch.orders.core;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Faults injected through the admin tasks. Read on every /api request, so plain volatile fields;
 * each setter checks its range so no caller can leave an impossible state behind.
 */
public class FaultState {
    public static final long MAX_ADDED_LATENCY_MILLIS = 60_000;

    private volatile double errorRatio;
    private volatile long addedLatencyMillis;
    private volatile boolean healthFailing;

    public double errorRatio() {
        return errorRatio;
    }

    public void setErrorRatio(double ratio) {
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new IllegalArgumentException("error ratio must be between 0 and 1, got " + ratio);
        }
        this.errorRatio = ratio;
    }

    public long addedLatencyMillis() {
        return addedLatencyMillis;
    }

    public void setAddedLatencyMillis(long millis) {
        if (millis < 0 || millis > MAX_ADDED_LATENCY_MILLIS) {
            throw new IllegalArgumentException(
                    "added latency must be between 0 and " + MAX_ADDED_LATENCY_MILLIS + " ms, got " + millis);
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
