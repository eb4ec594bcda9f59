package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** POST /tasks/inject-latency?ms=300: every /api request waits that long first. */
public class InjectLatencyTask extends FaultTask {
    public InjectLatencyTask(FaultState faults) {
        super("inject-latency", Set.of("ms"), faults);
    }

    @Override
    protected Runnable parseKnown(Map<String, List<String>> parameters) {
        final long millis = number(parameters, "ms", FaultState.ADDED_LATENCY_MILLIS).longValueExact();
        return () -> faults.setAddedLatencyMillis(millis);
    }
}
