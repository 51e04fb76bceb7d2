package org.reskontro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with a problem+json body (RFC 9457) and Retry-After in seconds (RFC 9110, 10.2.3) when a client has
 * used up its calculator requests. The client is the remote address; behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that this is the caller's address and not the proxy's.
 */
public final class CalculatorRateLimitFilter extends OncePerRequestFilter {

    private final ClientRateLimiter limiter;
    private final RequestMatcher calculators;

    public CalculatorRateLimitFilter(ClientRateLimiter limiter) {
        this.limiter = limiter;
        this.calculators = CalculatorPaths.matcher();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !calculators.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientRateLimiter.Decision decision = limiter.tryAcquire(request.getRemoteAddr());
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = decision.retryAfterSeconds();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many calculator requests from this address; try again in " + seconds
                + " seconds\",\"retryAfterSeconds\":" + seconds + "}");
    }
}
