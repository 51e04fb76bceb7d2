package org.reskontro.simulator.dinero;

import tools.jackson.databind.node.ObjectNode;

/**
 * An error answer. The contract documents no error body for these endpoints, so the simulator answers
 * {@code {"code": "...", "message": "..."}}.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "NotFound", message);
    }

    int status() {
        return status;
    }

    ApiResponse toResponse() {
        ObjectNode body = SimulatorJson.MAPPER.createObjectNode();
        body.put("code", code);
        body.put("message", getMessage());
        return ApiResponse.json(status, body);
    }
}
