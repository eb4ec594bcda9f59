package dev.stackwatch.orders.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwatch.orders.api.Quote;
import dev.stackwatch.orders.core.QuoteCalculator;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.dropwizard.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class QuoteResourceTest {
    private static final ResourceExtension RESOURCE = ResourceExtension.builder()
            .addResource(new QuoteResource(new QuoteCalculator(Duration.microseconds(10), 0.5, Duration.milliseconds(50))))
            .addResource(new PingResource())
            .build();

    @Test
    void pricesTheItems() {
        final Quote quote = RESOURCE.target("/api/quote").queryParam("items", 4).request().get(Quote.class);
        assertThat(quote).isEqualTo(new Quote(4, 5000, "EUR"));
        assertThat(RESOURCE.target("/api/quote").request().get(Quote.class).items()).isEqualTo(1);
    }

    @Test
    void refusesItemsOutOfRangeOrNotANumber() {
        assertThat(RESOURCE.target("/api/quote").queryParam("items", 0).request().get().getStatus()).isEqualTo(400);
        final var tooMany = RESOURCE.target("/api/quote").queryParam("items", "99999999999").request().get();
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(tooMany.readEntity(String.class)).contains("items is out of range, must be between 1 and 100");
        assertThat(RESOURCE.target("/api/quote").queryParam("items", "2.5").request().get().readEntity(String.class))
                .contains("items is not a whole number");
        final var notANumber = RESOURCE.target("/api/quote").queryParam("items", "three").request().get();
        assertThat(notANumber.getStatus()).isEqualTo(400);
        assertThat(notANumber.readEntity(String.class)).contains("items");
    }

    @Test
    void pingAnswersOk() {
        assertThat(RESOURCE.target("/api/ping").request().get(String.class)).isEqualTo("{\"status\":\"ok\"}");
    }
}
