package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** POST /tasks/clear-faults: resets error ratio, added latency and the health failure. */
public class ClearFaultsTask extends FaultTask {
    public ClearFaultsTask(FaultState faults) {
        super("clear-faults", Set.of(), faults);
    }

    @Override
    protected Runnable parseKnown(Map<String, List<String>> parameters) {
        return faults::clear;
    }
}
