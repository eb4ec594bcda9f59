package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * An admin task changing the fault state. Parsing is separate from applying so that
 * {@link TaskParameterFilter} can refuse bad parameters with 400 before Dropwizard's TaskServlet
 * (which answers 500 to any exception) runs the task.
 */
public abstract class FaultTask extends Task {
    protected final FaultState faults;

    protected FaultTask(String name, FaultState faults) {
        super(name);
        this.faults = faults;
    }

    /** Checks the parameters and returns the change to apply; throws TaskParameterException. */
    public abstract Runnable parse(Map<String, List<String>> parameters);

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        parse(parameters).run();
        output.println(faults);
    }

    protected static String single(Map<String, List<String>> parameters, String name) {
        final List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new TaskParameterException(name, "is required");
        }
        if (values.size() > 1) {
            throw new TaskParameterException(name, "must be given once");
        }
        return values.get(0).trim();
    }
}
