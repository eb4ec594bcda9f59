package dev.stackwatch.orders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LoadCommandTest {
    @Test
    void mixesPingQuoteAndOrdersIncludingInvalidBodies() {
        final URI target = URI.create("http://127.0.0.1:8088");
        final Map<String, Integer> kinds = new HashMap<>();
        LongStream.range(0, 200).forEach(n -> {
            final HttpRequest request = LoadCommand.nextRequest(target, n);
            kinds.merge(request.method() + " " + request.uri().getPath(), 1, Integer::sum);
            assertThat(request.uri().getHost()).isEqualTo("127.0.0.1");
        });
        assertThat(kinds).containsEntry("GET /api/ping", 100).containsEntry("GET /api/quote", 60)
                .containsEntry("POST /api/orders", 40);
    }
}
