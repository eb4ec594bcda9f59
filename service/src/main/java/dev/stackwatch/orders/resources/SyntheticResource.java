package dev.stackwatch.orders.resources;

import dev.stackwatch.orders.api.Pong;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Stands in for a service with many endpoints: GET /api/synthetic/{0..count-1} answer like ping
 * and each is a known route with its own series, so bench/scrape-series can grow the number of
 * legitimate series. Off (count 0, not registered) unless config.yml's syntheticRoutes says so.
 */
@Path("/api/synthetic/{index: 0|[1-9][0-9]{0,4}}")
@Produces(MediaType.APPLICATION_JSON)
public class SyntheticResource {
    public static final int MAX_ROUTES = 10_000;
    public static final String PATH_PREFIX = "/api/synthetic/";
    private static final Pong PONG = new Pong("ok");

    private final int count;

    public SyntheticResource(int count) {
        this.count = count;
    }

    @GET
    public Pong answer(@PathParam("index") int index) {
        if (index >= count) {
            throw new NotFoundException();
        }
        return PONG;
    }
}
