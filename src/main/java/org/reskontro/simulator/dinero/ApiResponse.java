package org.reskontro.simulator.dinero;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the simulator answers: status, content type, raw body and extra headers. */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers, boolean faultInjected) {

    static final String JSON = "application/json; charset=utf-8";

    ApiResponse {
        headers = Map.copyOf(headers);
    }

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, SimulatorJson.MAPPER.writeValueAsBytes(body), Map.of(), false);
    }

    /** A JSON body written elsewhere (a streaming generator, for large answers). */
    static ApiResponse json(int status, byte[] body) {
        return new ApiResponse(status, JSON, body, Map.of(), false);
    }

    static ApiResponse text(int status, String text) {
        return new ApiResponse(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of(),
                false);
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, more, faultInjected);
    }

    ApiResponse withBody(byte[] newBody) {
        return new ApiResponse(status, contentType, newBody, headers, faultInjected);
    }

    ApiResponse markedAsFault() {
        return new ApiResponse(status, contentType, body, headers, true);
    }
}
