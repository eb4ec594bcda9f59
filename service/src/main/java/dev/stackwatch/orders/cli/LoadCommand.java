package dev.stackwatch.orders.cli;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.Duration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code orders load --target URL --duration 60s --rate 20}: sends a mix of ping, quote and order
 * requests (some with invalid bodies) at a fixed rate for a bounded time, then prints what it got
 * back and exits.
 */
public class LoadCommand extends Command {
    static final Duration MAX_DURATION = Duration.hours(24);
    static final int MAX_RATE = 2_000;
    private static final java.time.Duration REQUEST_TIMEOUT = java.time.Duration.ofSeconds(10);
    private static final String[] SKUS = {"BOOK-1", "LAMP-7", "CHAIR-22", "DESK-3"};
    private static final String[] INVALID_BODIES = {
        "{\"sku\":\"\",\"quantity\":1,\"customer\":\"load\"}",
        "{\"sku\":\"BOOK-1\",\"quantity\":0,\"customer\":\"load\"}",
        "{\"sku\":\"BOOK-1\",\"quantity\":1}",
    };

    public LoadCommand() {
        super("load", "Send a bounded stream of mixed requests to a running orders service");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--target").setDefault("http://127.0.0.1:8088")
                .help("base URL of the service (default http://127.0.0.1:8088)");
        subparser.addArgument("--duration").setDefault("60s")
                .help("how long to send, e.g. 60s or 5m (at most 24h)");
        subparser.addArgument("--rate").type(Integer.class).setDefault(20)
                .help("requests per second (1.." + MAX_RATE + ")");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        final URI target = URI.create(stripTrailingSlash(namespace.getString("target")));
        if (target.getScheme() == null || !target.getScheme().startsWith("http") || target.getHost() == null) {
            throw new IllegalArgumentException("--target must be an http(s) URL, got " + target);
        }
        final Duration duration = Duration.parse(namespace.getString("duration"));
        if (duration.toMilliseconds() <= 0 || duration.toMilliseconds() > MAX_DURATION.toMilliseconds()) {
            throw new IllegalArgumentException("--duration must be between 1ms and " + MAX_DURATION + ", got " + duration);
        }
        final int rate = namespace.getInt("rate");
        if (rate < 1 || rate > MAX_RATE) {
            throw new IllegalArgumentException("--rate must be between 1 and " + MAX_RATE + ", got " + rate);
        }

        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(REQUEST_TIMEOUT).build();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        final AtomicLong sequence = new AtomicLong();
        final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        final ConcurrentHashMap.KeySetView<CompletableFuture<?>, Boolean> pending = ConcurrentHashMap.newKeySet();
        ticker.scheduleAtFixedRate(() -> {
            final CompletableFuture<?> sent = client.sendAsync(nextRequest(target, sequence.incrementAndGet()),
                            HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        final String key = error != null ? "error " + error.getClass().getSimpleName()
                                : response.request().method() + " " + response.uri().getPath() + " " + response.statusCode();
                        outcomes.computeIfAbsent(key, k -> new LongAdder()).increment();
                        return null;
                    });
            pending.add(sent);
            sent.whenComplete((ignored, error) -> pending.remove(sent));
        }, 0, TimeUnit.SECONDS.toNanos(1) / rate, TimeUnit.NANOSECONDS);

        Thread.sleep(duration.toMilliseconds());
        ticker.shutdownNow();
        ticker.awaitTermination(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        // Requests still in flight get at most their own timeout to finish.
        CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0]))
                .completeOnTimeout(null, REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();

        final Map<String, LongAdder> sorted = new TreeMap<>(outcomes);
        System.out.println("load: " + sequence.get() + " requests to " + target + " in " + duration);
        sorted.forEach((key, count) -> System.out.println("  " + count.sum() + "\t" + key));
    }

    /** A bad argument is the user's mistake: print its message, not a stack trace. */
    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        if (e instanceof IllegalArgumentException) {
            cli.getStdErr().println("load: " + e.getMessage());
        } else {
            super.onError(cli, namespace, e);
        }
    }

    /** Fixed proportions: 50% ping, 30% quote, 15% valid order, 5% invalid order. */
    static HttpRequest nextRequest(URI target, long n) {
        final long slot = n % 20;
        final HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(REQUEST_TIMEOUT);
        if (slot < 10) {
            return builder.uri(target.resolve("/api/ping")).GET().build();
        }
        if (slot < 16) {
            return builder.uri(target.resolve("/api/quote?items=" + (1 + n % 10))).GET().build();
        }
        final String body = slot < 19
                ? "{\"sku\":\"" + SKUS[(int) (n % SKUS.length)] + "\",\"quantity\":" + (1 + n % 5) + ",\"customer\":\"load-" + n % 7 + "\"}"
                : INVALID_BODIES[(int) (n % INVALID_BODIES.length)];
        return builder.uri(target.resolve("/api/orders")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
