package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import java.util.List;
import java.util.Map;

/** POST /tasks/inject-latency?ms=300: every /api request waits that long first. */
public class InjectLatencyTask extends FaultTask {
    public InjectLatencyTask(FaultState faults) {
        super("inject-latency", faults);
    }

    @Override
    public Runnable parse(Map<String, List<String>> parameters) {
        final String raw = single(parameters, "ms");
        final long millis;
        try {
            millis = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new TaskParameterException("ms", "must be a whole number of milliseconds, got '" + raw + "'");
        }
        if (millis < 0 || millis > FaultState.MAX_ADDED_LATENCY_MILLIS) {
            throw new TaskParameterException("ms", "must be between 0 and " + FaultState.MAX_ADDED_LATENCY_MILLIS + ", got " + raw);
        }
        return () -> faults.setAddedLatencyMillis(millis);
    }
}
