package dev.stackwatch.orders.resources;

import com.codahale.metrics.annotation.ExceptionMetered;
import com.codahale.metrics.annotation.Metered;
import com.codahale.metrics.annotation.Timed;
import dev.stackwatch.orders.api.OrderAccepted;
import dev.stackwatch.orders.api.OrderRequest;
import dev.stackwatch.orders.core.Order;
import dev.stackwatch.orders.core.OrderQueue;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Accepts validated orders into the queue the background worker drains. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {
    private final OrderQueue queue;

    public OrdersResource(OrderQueue queue) {
        this.queue = queue;
    }

    @POST
    @Timed
    @ExceptionMetered
    @Metered(name = "orders.events.submitted", absolute = true)
    public Response create(@NotNull @Valid OrderRequest request) {
        final Order order = new Order(UUID.randomUUID().toString(), request.sku(), request.quantity(),
                request.customer(), System.nanoTime());
        if (!queue.offer(order)) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(new ErrorMessage(503, "order queue is full (" + queue.capacity() + " orders)"))
                    .build();
        }
        return Response.accepted(new OrderAccepted(order.id(), "queued", queue.depth())).build();
    }
}
