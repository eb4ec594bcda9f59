package dev.stackwatch.orders.api;

/** Answer of GET /api/ping. */
public record Pong(String status) {
}
