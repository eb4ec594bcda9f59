package dev.stackwatch.orders.core;

/** An accepted order waiting in the queue; enqueuedAtNanos measures its time in the queue. */
public record Order(String id, String sku, int quantity, String customer, long enqueuedAtNanos) {
}
