package org.reskontro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reskontro.testing.MutableClock;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The filter in front of the calculators: which paths it counts, and the 429 it answers. */
class CalculatorRateLimitFilterTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final CalculatorRateLimitFilter filter = new CalculatorRateLimitFilter(new ClientRateLimiter(clock, 2, 6, 100));

    @Test
    void overTheLimitAClientGets429ProblemJsonWithRetryAfter() throws Exception {
        assertThat(call("/api/v1/references/kid-mod10", "192.0.2.1").getStatus()).isEqualTo(200);
        assertThat(call("/api/v1/organisation-numbers/DK/13748136", "192.0.2.1").getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = call("/api/v1/rules/dk/interest", "192.0.2.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(refused.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("Too Many Requests");
        assertThat(problem.get("detail").asString()).contains("try again in 10 seconds");

        assertThat(call("/api/v1/references/rf", "192.0.2.2").getStatus()).as("another client").isEqualTo(200);
        clock.advance(Duration.ofSeconds(10));
        assertThat(call("/api/v1/references/rf", "192.0.2.1").getStatus()).as("after Retry-After").isEqualTo(200);
    }

    @Test
    void otherPathsAreNotCounted() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(call("/api/v1/creditors", "192.0.2.3").getStatus()).isEqualTo(200);
            assertThat(call("/api/v1/referencesx", "192.0.2.3").getStatus()).isEqualTo(200);
        }
        assertThat(call("/api/v1/references/fi-ref", "192.0.2.3").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(String path, String client) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (response.getStatus() == 200) {
            assertThat(chain.getRequest()).as("passed on").isSameAs(request);
        } else {
            assertThat(chain.getRequest()).as("stopped").isNull();
        }
        return response;
    }
}
