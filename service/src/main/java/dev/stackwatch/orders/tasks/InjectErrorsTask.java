package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import java.util.List;
import java.util.Map;

/** POST /tasks/inject-errors?ratio=0.25: that fraction of /api requests is answered 500. */
public class InjectErrorsTask extends FaultTask {
    public InjectErrorsTask(FaultState faults) {
        super("inject-errors", faults);
    }

    @Override
    public Runnable parse(Map<String, List<String>> parameters) {
        final String raw = single(parameters, "ratio");
        final double ratio;
        try {
            ratio = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new TaskParameterException("ratio", "must be a number between 0 and 1, got '" + raw + "'");
        }
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new TaskParameterException("ratio", "must be between 0 and 1, got " + raw);
        }
        return () -> faults.setErrorRatio(ratio);
    }
}
