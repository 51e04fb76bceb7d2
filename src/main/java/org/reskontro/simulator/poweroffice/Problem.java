package org.reskontro.simulator.poweroffice;

import tools.jackson.databind.node.ObjectNode;

/**
 * An error answer in the contract's ProblemDetails shape, spelled as its examples are ({@code title}, {@code detail},
 * plus {@code status}), e.g. 404 "Object(s) not found".
 */
final class Problem extends RuntimeException {

    private final int status;
    private final String title;

    Problem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "One or more validation errors occurred.", detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "Object(s) not found", detail);
    }

    int status() {
        return status;
    }

    ApiResponse toResponse() {
        ObjectNode body = SimulatorJson.MAPPER.createObjectNode();
        body.put("type", "https://tools.ietf.org/html/rfc9110#section-15." + (status >= 500 ? "6." : "5.")
                + (status >= 500 ? status - 499 : status - 399));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        return ApiResponse.json(status, body);
    }
}
