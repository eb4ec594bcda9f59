package dev.stackwatch.orders.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.stackwatch.orders.api.OrderRequest;
import dev.stackwatch.orders.core.OrderQueue;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class OrdersResourceTest {
    private static final OrderQueue QUEUE = new OrderQueue(2, new MetricRegistry());
    private static final ResourceExtension RESOURCE = ResourceExtension.builder()
            .addResource(new OrdersResource(QUEUE)).addProvider(new JsonFieldErrorMapper()).build();

    @Test
    void queuesValidOrdersUntilTheQueueIsFull() {
        assertThat(post(new OrderRequest("BOOK-1", 1, "alice")).getStatus()).isEqualTo(202);
        final Response second = post(new OrderRequest("BOOK-1", 3, "bob"));
        assertThat(second.getStatus()).isEqualTo(202);
        assertThat(second.readEntity(String.class)).contains("\"queueDepth\":2");
        final Response full = post(new OrderRequest("BOOK-1", 1, "carol"));
        assertThat(full.getStatus()).isEqualTo(503);
        assertThat(full.readEntity(String.class)).contains("order queue is full");
        assertThat(QUEUE.depth()).isEqualTo(2);
    }

    @Test
    void namesTheInvalidField() {
        final Response response = post(new OrderRequest("BOOK-1", 1001, "alice"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.readEntity(String.class)).contains("quantity is out of range, must be between 1 and 1000");
        final Response blankSku = post(new OrderRequest(" ", 1, "alice"));
        assertThat(blankSku.getStatus()).isEqualTo(422);
        assertThat(blankSku.readEntity(String.class)).contains("sku must not be blank");
    }

    @Test
    void refusesAMissingBody() {
        final Response response = RESOURCE.target("/api/orders").request()
                .post(Entity.entity("", MediaType.APPLICATION_JSON_TYPE));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.readEntity(String.class)).contains("must not be null");
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongType() {
        final Response wrongType = postJson("{\"sku\": \"A-1\", \"quantity\": \"ten\", \"customer\": \"c\"}");
        assertThat(wrongType.getStatus()).isEqualTo(400);
        assertThat(wrongType.readEntity(String.class))
                .contains("Unable to process JSON: field quantity: \\\"ten\\\" is not a number");
        final Response outOfRange = postJson("{\"sku\": \"A-1\", \"quantity\": 99999999999999999999, \"customer\": \"c\"}");
        assertThat(outOfRange.getStatus()).isEqualTo(400);
        assertThat(outOfRange.readEntity(String.class))
                .contains("field quantity: is out of range, must be between 1 and 1000");
        final Response wrongShape = postJson("{\"sku\": [\"A-1\"], \"quantity\": 1, \"customer\": \"c\"}");
        assertThat(wrongShape.getStatus()).isEqualTo(400);
        assertThat(wrongShape.readEntity(String.class)).contains("field sku: expected a string");
    }

    @Test
    void leavesMalformedJsonToDropwizard() {
        final Response response = postJson("{\"sku\": \"A-1\", \"quantity\":");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.readEntity(String.class)).contains("Unable to process JSON").doesNotContain("field");
    }

    private static Response postJson(String body) {
        return RESOURCE.target("/api/orders").request().post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    private static Response post(OrderRequest request) {
        return RESOURCE.target("/api/orders").request().post(Entity.json(request));
    }
}
