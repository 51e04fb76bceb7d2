package org.reskontro.simulator.poweroffice;

import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the API gateway in front of PowerOffice Go (Azure API Management) answers itself, in its own
 * {@code {"statusCode", "message"}} shape: a missing or unknown subscription key, and the throttle.
 */
final class Gateway {

    static final String SUBSCRIPTION_KEY_HEADER = "Ocp-Apim-Subscription-Key";

    private Gateway() {
    }

    static ApiResponse missingSubscriptionKey() {
        return message(401, "Access denied due to missing subscription key. Make sure to include subscription key"
                + " when making requests to an API.");
    }

    static ApiResponse invalidSubscriptionKey() {
        return message(401, "Access denied due to invalid subscription key. Make sure to provide a valid key for an"
                + " active subscription.");
    }

    static ApiResponse rateLimited(long retryAfterSeconds) {
        return message(429, "Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.")
                .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    /** The API's own 401 for a missing, unknown or expired access token: no body, a Bearer challenge. */
    static ApiResponse unauthorized() {
        return new ApiResponse(401, ApiResponse.JSON, new byte[0], Map.of("WWW-Authenticate",
                "Bearer error=\"invalid_token\""), false);
    }

    private static ApiResponse message(int status, String message) {
        ObjectNode body = SimulatorJson.MAPPER.createObjectNode();
        body.put("statusCode", status);
        body.put("message", message);
        return ApiResponse.json(status, body);
    }
}
