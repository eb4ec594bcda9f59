package dev.stackwatch.orders.filter;

import dev.stackwatch.orders.core.FaultState;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Applies the injected latency and error ratio to /api/* requests before they reach a resource. */
public class FaultInjectionFilter extends HttpFilter {
    private static final byte[] INJECTED_ERROR =
            "{\"code\":500,\"message\":\"injected fault\"}".getBytes(StandardCharsets.UTF_8);

    private final transient FaultState faults;

    public FaultInjectionFilter(FaultState faults) {
        this.faults = faults;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        final long latency = faults.addedLatencyMillis();
        if (latency > 0) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException("interrupted while injecting latency", e);
            }
        }
        if (faults.shouldFailRequest()) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("application/json");
            response.setContentLength(INJECTED_ERROR.length);
            response.getOutputStream().write(INJECTED_ERROR);
            return;
        }
        chain.doFilter(request, response);
    }
}
