package dev.stackwatch.orders.api;

/** Answer of GET /api/quote. */
public record Quote(int items, long totalCents, String currency) {
}
