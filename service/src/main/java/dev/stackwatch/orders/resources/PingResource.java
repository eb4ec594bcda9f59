package dev.stackwatch.orders.resources;

import com.codahale.metrics.annotation.Timed;
import dev.stackwatch.orders.api.Pong;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The fast endpoint: no work at all, so its latency is the framework's own. */
@Path("/api/ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {
    private static final Pong PONG = new Pong("ok");

    @GET
    @Timed
    public Pong ping() {
        return PONG;
    }
}
