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

/** Admin filter on /tasks/*: answers 400 naming the parameter when a fault task's parameters are bad. */
public class TaskParameterFilter extends HttpFilter {
    private final transient Map<String, FaultTask> tasksByPath = new HashMap<>();

    public TaskParameterFilter(List<FaultTask> tasks) {
        for (FaultTask task : tasks) {
            tasksByPath.put("/" + task.getName(), task);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        final FaultTask task = tasksByPath.get(request.getPathInfo());
        if (task != null && "POST".equals(request.getMethod())) {
            final Map<String, List<String>> parameters = new HashMap<>();
            request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
            try {
                task.parse(parameters);
            } catch (TaskParameterException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().println(task.getName() + ": " + e.getMessage());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
