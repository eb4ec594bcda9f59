package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import java.util.List;
import java.util.Map;

/** POST /tasks/clear-faults: resets error ratio, added latency and the health failure. */
public class ClearFaultsTask extends FaultTask {
    public ClearFaultsTask(FaultState faults) {
        super("clear-faults", faults);
    }

    @Override
    public Runnable parse(Map<String, List<String>> parameters) {
        if (!parameters.isEmpty()) {
            throw new TaskParameterException(parameters.keySet().iterator().next(), "is not accepted by clear-faults");
        }
        return faults::clear;
    }
}
