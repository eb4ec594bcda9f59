package dev.stackwatch.orders.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.util.Duration;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuoteCalculatorTest {
    @Test
    void workIsLogNormalAroundTheMedianAndCapped() {
        final QuoteCalculator calculator = new QuoteCalculator(Duration.milliseconds(2), 0.6, Duration.milliseconds(50));
        final long[] nanos = LongStream.range(0, 20_000).map(i -> calculator.workNanos(5)).sorted().toArray();
        final double medianMillis = nanos[nanos.length / 2] / 1e6;
        // Median of median*items*e^(sigma*Z) is median*items = 10 ms.
        assertThat(medianMillis).isBetween(9.0, 11.0);
        // A real spread: the 95th percentile is e^(1.645*0.6) = 2.7 times the median.
        assertThat(nanos[(int) (nanos.length * 0.95)] / 1e6).isBetween(22.0, 32.0);
        assertThat(Arrays.stream(nanos).max().orElseThrow()).isLessThanOrEqualTo(Duration.milliseconds(50).toNanoseconds());
    }
}
