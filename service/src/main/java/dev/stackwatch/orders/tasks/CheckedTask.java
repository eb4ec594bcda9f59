package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.NumberRange;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An admin task whose parameters are checked before it runs. Parsing is separate from applying so
 * that {@link TaskParameterFilter} can refuse bad parameters with 400 before Dropwizard's
 * TaskServlet (which answers 500 to any exception) runs the task.
 */
public abstract class CheckedTask extends Task {
    private final Set<String> parameterNames;

    protected CheckedTask(String name, Set<String> parameterNames) {
        super(name);
        this.parameterNames = Set.copyOf(parameterNames);
    }

    /** Checks the parameters and returns the change to apply; throws TaskParameterException. */
    public final Runnable parse(Map<String, List<String>> parameters) {
        refuseUnknown(getName(), parameterNames, parameters);
        return parseKnown(parameters);
    }

    /** Parses parameters already known to be among the accepted names. */
    protected abstract Runnable parseKnown(Map<String, List<String>> parameters);

    /** What the task reports after applying its change. */
    protected abstract String state();

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) {
        parse(parameters).run();
        output.println(state());
    }

    /** A typo (`ration=0.1`) must not pass as a task run with defaults: the first unknown name is refused. */
    static void refuseUnknown(String task, Set<String> accepted, Map<String, List<String>> parameters) {
        for (String given : new TreeSet<>(parameters.keySet())) {
            if (!accepted.contains(given)) {
                throw new TaskParameterException(given, "is not accepted by " + task
                        + (accepted.isEmpty() ? " (it takes no parameters)" : " (accepted: " + String.join(", ", new TreeSet<>(accepted)) + ")"));
            }
        }
    }

    /** The single value of parameter {@code name}, checked against {@code range}. */
    protected static BigDecimal number(Map<String, List<String>> parameters, String name, NumberRange range) {
        final String raw = single(parameters, name);
        try {
            return range.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new TaskParameterException(name, e.getMessage() + ", got '" + raw + "'");
        }
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
