package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.MemoryBallast;
import dev.stackwatch.orders.core.NumberRange;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * POST /tasks/allocate-memory?mib=N: the memory drill. Holds N more MiB of native memory, up to
 * memoryDrill.maxAllocation in total, until /tasks/clear-faults. Registered only when
 * memoryDrill.enabled is true.
 */
public class AllocateMemoryTask extends CheckedTask {
    private final MemoryBallast ballast;

    public AllocateMemoryTask(MemoryBallast ballast) {
        super("allocate-memory", Set.of("mib"));
        this.ballast = ballast;
    }

    @Override
    protected Runnable parseKnown(Map<String, List<String>> parameters) {
        final long remaining = (ballast.limitBytes() - ballast.allocatedBytes()) / MemoryBallast.CHUNK_BYTES;
        if (remaining < 1) {
            throw new TaskParameterException("mib", "cannot be granted: the drill's "
                    + ballast.limitBytes() / MemoryBallast.CHUNK_BYTES + " MiB are all held (POST /tasks/clear-faults releases them)");
        }
        final long mib = number(parameters, "mib", NumberRange.whole(1, remaining)).longValueExact();
        return () -> ballast.allocateChunks(mib);
    }

    @Override
    protected String state() {
        return ballast.toString();
    }
}
