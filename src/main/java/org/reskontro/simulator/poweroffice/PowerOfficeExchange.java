package org.reskontro.simulator.poweroffice;

import java.util.List;
import java.util.Map;

/**
 * One request and its answer as the simulator saw them, for contract checks. {@code path} is the full path (with
 * /v2 for API calls). {@code faultInjected} marks answers a test asked to be broken. Request headers include the
 * Authorization header and the subscription key: do not log them.
 */
public record PowerOfficeExchange(String method, String path, String rawQuery, Map<String, List<String>> requestHeaders,
        byte[] requestBody, int status, String contentType, Map<String, String> responseHeaders, byte[] responseBody,
        boolean faultInjected) {
}
