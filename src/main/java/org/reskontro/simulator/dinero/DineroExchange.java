package org.reskontro.simulator.dinero;

import java.util.List;
import java.util.Map;

/**
 * One request and its answer, as the simulator saw them, for contract checks. {@code faultInjected} marks answers
 * a test asked to be broken on purpose. Request headers include the Authorization header: do not log them.
 */
public record DineroExchange(String method, String path, String rawQuery, Map<String, List<String>> requestHeaders,
        byte[] requestBody, int status, String contentType, byte[] responseBody, boolean faultInjected) {
}
