package dev.stackwatch.orders.tasks;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admin filter on /tasks/*: answers 400 naming the parameter when a task's parameters are unknown
 * or bad, for our tasks and for Dropwizard's own (which would otherwise ignore a typo).
 */
public class TaskParameterFilter extends HttpFilter {
    /** The parameters Dropwizard 5's built-in tasks read (GarbageCollectionTask, LogConfigurationTask). */
    static final Map<String, Set<String>> DROPWIZARD_TASK_PARAMETERS = Map.of(
            "gc", Set.of("runs"),
            "log-level", Set.of("logger", "level", "duration"));

    private final transient Map<String, CheckedTask> tasksByPath = new HashMap<>();

    public TaskParameterFilter(List<? extends CheckedTask> tasks) {
        for (CheckedTask task : tasks) {
            tasksByPath.put("/" + task.getName(), task);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        final String path = request.getPathInfo();
        if (path != null && "POST".equals(request.getMethod())) {
            final Map<String, List<String>> parameters = new HashMap<>();
            request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
            final String taskName = path.substring(1);
            try {
                final CheckedTask task = tasksByPath.get(path);
                if (task != null) {
                    task.parse(parameters);
                } else if (DROPWIZARD_TASK_PARAMETERS.containsKey(taskName)) {
                    CheckedTask.refuseUnknown(taskName, DROPWIZARD_TASK_PARAMETERS.get(taskName), parameters);
                }
            } catch (TaskParameterException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().println(taskName + ": " + e.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
