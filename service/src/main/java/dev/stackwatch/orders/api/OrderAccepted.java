package dev.stackwatch.orders.api;

/** Answer to an accepted order: its id and the queue depth right after it was queued. */
public record OrderAccepted(String id, String status, int queueDepth) {
}
