package dev.stackwatch.orders.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackwatch.orders.core.FaultState;
import dev.stackwatch.orders.core.MemoryBallast;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AllocateMemoryTaskTest {
    private final MemoryBallast ballast = new MemoryBallast(8 * MemoryBallast.CHUNK_BYTES);
    private final AllocateMemoryTask task = new AllocateMemoryTask(ballast);

    @AfterEach
    void release() {
        ballast.release();
    }

    @Test
    void holdsTheRequestedMemoryUpToTheLimitAndClearFaultsReleasesIt() {
        assertThat(run(Map.of("mib", List.of("3")))).contains("ballastMiB=3 of 8");
        assertThat(run(Map.of("mib", List.of("5")))).contains("ballastMiB=8 of 8");
        assertThatThrownBy(() -> task.parse(Map.of("mib", List.of("1"))))
                .hasMessageStartingWith("parameter 'mib' cannot be granted: the drill's 8 MiB are all held");
        new ClearFaultsTask(new FaultState(), ballast).parse(Map.of()).run();
        assertThat(ballast.allocatedBytes()).isZero();
    }

    @Test
    void refusesBadParametersWithoutAllocating() {
        run(Map.of("mib", List.of("2")));
        assertThatThrownBy(() -> task.parse(Map.of("mib", List.of("7"))))
                .hasMessage("parameter 'mib' is out of range, must be between 1 and 6, got '7'");
        assertThatThrownBy(() -> task.parse(Map.of("mib", List.of("0"))))
                .hasMessageContaining("is out of range, must be between 1 and 6");
        assertThatThrownBy(() -> task.parse(Map.of("mib", List.of("lots")))).hasMessageContaining("is not a whole number");
        assertThatThrownBy(() -> task.parse(Map.of())).hasMessage("parameter 'mib' is required");
        assertThatThrownBy(() -> task.parse(Map.of("mib", List.of("1"), "gib", List.of("1"))))
                .hasMessage("parameter 'gib' is not accepted by allocate-memory (accepted: mib)");
        assertThat(ballast.allocatedBytes()).isEqualTo(2 * MemoryBallast.CHUNK_BYTES);
    }

    private String run(Map<String, List<String>> parameters) {
        final StringWriter output = new StringWriter();
        task.execute(parameters, new PrintWriter(output));
        return output.toString();
    }
}
