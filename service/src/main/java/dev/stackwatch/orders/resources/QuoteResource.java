package dev.stackwatch.orders.resources;

import com.codahale.metrics.annotation.ExceptionMetered;
import com.codahale.metrics.annotation.Timed;
import dev.stackwatch.orders.api.Quote;
import dev.stackwatch.orders.core.QuoteCalculator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The slow endpoint: simulated pricing work with a log-normal latency spread. */
@Path("/api/quote")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {
    private final QuoteCalculator calculator;

    public QuoteResource(QuoteCalculator calculator) {
        this.calculator = calculator;
    }

    @GET
    @Timed
    @ExceptionMetered
    public Quote quote(@QueryParam(ItemsParam.NAME) @DefaultValue("1") ItemsParam items)
            throws InterruptedException {
        final int count = items.get();
        return new Quote(count, calculator.priceCents(count), "EUR");
    }
}
