package dev.stackwatch.dropwizard.prometheus;

/** A method and path the service serves; anything else is counted as route="other". */
public record Route(String method, String path) {
}
