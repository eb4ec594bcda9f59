package dev.stackwatch.orders.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MemoryBallastTest {
    private static final long MIB = MemoryBallast.CHUNK_BYTES;

    @Test
    void heldMemoryIsResident() throws IOException {
        final MemoryBallast ballast = new MemoryBallast(128 * MIB);
        final long before = residentBytes();
        ballast.allocateChunks(96);
        final long held = residentBytes();
        assertThat(ballast.allocatedBytes()).isEqualTo(96 * MIB);
        // Written pages count in RSS (what the container's memory limit sees), not just reserved ones.
        assertThat(held - before).isGreaterThanOrEqualTo(90 * MIB);
        // (freed chunks go back to malloc, which may keep them for reuse rather than return them)
        ballast.release();
        assertThat(ballast.allocatedBytes()).isZero();
    }

    @Test
    void neverPassesItsLimit() {
        final MemoryBallast ballast = new MemoryBallast(4 * MIB);
        ballast.allocateChunks(3);
        assertThatThrownBy(() -> ballast.allocateChunks(2))
                .hasMessage("allocating 2 MiB more would pass the ballast limit of 4 MiB (3 MiB held)");
        assertThat(ballast.allocatedBytes()).isEqualTo(3 * MIB);
        assertThatThrownBy(() -> new MemoryBallast(0).allocateChunks(1)).isInstanceOf(IllegalArgumentException.class);
        ballast.release();
    }

    /** VmRSS of this JVM, from Linux's /proc. */
    private static long residentBytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                .findFirst().orElseThrow();
    }
}
