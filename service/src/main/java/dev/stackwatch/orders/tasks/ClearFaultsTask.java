package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import dev.stackwatch.orders.core.MemoryBallast;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** POST /tasks/clear-faults: resets error ratio, added latency, the health failure and the memory ballast. */
public class ClearFaultsTask extends FaultTask {
    private final MemoryBallast ballast;

    public ClearFaultsTask(FaultState faults, MemoryBallast ballast) {
        super("clear-faults", Set.of(), faults);
        this.ballast = ballast;
    }

    @Override
    protected Runnable parseKnown(Map<String, List<String>> parameters) {
        return () -> {
            faults.clear();
            ballast.release();
        };
    }

    @Override
    protected String state() {
        return faults + " " + ballast;
    }
}
