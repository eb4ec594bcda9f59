package dev.stackwatch.orders.tasks;

/** A fault task parameter is missing or out of range; answered 400 by {@link TaskParameterFilter}. */
public class TaskParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskParameterException(String parameter, String problem) {
        super("parameter '" + parameter + "' " + problem);
    }
}
