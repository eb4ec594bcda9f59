package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** POST /tasks/fail-health?failing=true|false: switches the `orders` health check to unhealthy. */
public class FailHealthTask extends FaultTask {
    public FailHealthTask(FaultState faults) {
        super("fail-health", Set.of("failing"), faults);
    }

    @Override
    protected Runnable parseKnown(Map<String, List<String>> parameters) {
        final String raw = single(parameters, "failing");
        final boolean failing = switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new TaskParameterException("failing", "must be true or false, got '" + raw + "'");
        };
        return () -> faults.setHealthFailing(failing);
    }
}
