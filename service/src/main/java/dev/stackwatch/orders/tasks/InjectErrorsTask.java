package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** POST /tasks/inject-errors?ratio=0.25: that fraction of /api requests is answered 500. */
public class InjectErrorsTask extends FaultTask {
    public InjectErrorsTask(FaultState faults) {
        super("inject-errors", Set.of("ratio"), faults);
    }

    @Override
    protected Runnable parseKnown(Map<String, List<String>> parameters) {
        final double ratio = number(parameters, "ratio", FaultState.ERROR_RATIO).doubleValue();
        return () -> faults.setErrorRatio(ratio);
    }
}
