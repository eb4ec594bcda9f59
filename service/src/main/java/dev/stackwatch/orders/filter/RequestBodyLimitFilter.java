package dev.stackwatch.orders.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies larger than the configured limit before Jackson reads them: 413 when the
 * declared length is too large, 411 when a body arrives without a declared length (chunked).
 */
public class RequestBodyLimitFilter extends HttpFilter {
    private final long maxBytes;

    public RequestBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        final long length = request.getContentLengthLong();
        final boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length > maxBytes) {
            reject(response, 413, "request body of " + length + " bytes exceeds the limit of " + maxBytes + " bytes");
            return;
        }
        if (chunked) {
            reject(response, 411, "request body needs a Content-Length (at most " + maxBytes + " bytes)");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletResponse response, int status, String message) throws IOException {
        final byte[] body = ("{\"code\":" + status + ",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
