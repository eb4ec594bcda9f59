package dev.stackwatch.orders.tasks;

import dev.stackwatch.orders.core.FaultState;
import java.util.Set;

/** An admin task changing the fault state; it reports the whole state after the change. */
public abstract class FaultTask extends CheckedTask {
    protected final FaultState faults;

    protected FaultTask(String name, Set<String> parameterNames, FaultState faults) {
        super(name, parameterNames);
        this.faults = faults;
    }

    @Override
    protected String state() {
        return faults.toString();
    }
}
