package dev.stackwatch.orders.resources;

import com.codahale.metrics.annotation.ExceptionMetered;
import com.codahale.metrics.annotation.Timed;
import dev.stackwatch.orders.api.Quote;
import dev.stackwatch.orders.core.QuoteCalculator;
import io.dropwizard.jersey.params.IntParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
    public static final int MAX_ITEMS = 100;

    private final QuoteCalculator calculator;

    public QuoteResource(QuoteCalculator calculator) {
        this.calculator = calculator;
    }

    @GET
    @Timed
    @ExceptionMetered
    public Quote quote(@QueryParam("items") @DefaultValue("1") @Min(1) @Max(MAX_ITEMS) IntParam items)
            throws InterruptedException {
        final int count = items.get();
        return new Quote(count, calculator.priceCents(count), "EUR");
    }
}
