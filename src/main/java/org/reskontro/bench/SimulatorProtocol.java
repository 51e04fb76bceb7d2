package org.reskontro.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The line protocol between the bench and its simulator process: every answer line starts with the prefix. */
final class SimulatorProtocol {

    static final String PREFIX = "bench-simulator ";

    private SimulatorProtocol() {
    }

    /** {@code loaded a=1 b=2} → {a=1, b=2} (values never contain spaces). */
    static Map<String, String> values(String answer) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] words = answer.split(" ");
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) {
                values.put(words[i].substring(0, eq), words[i].substring(eq + 1));
            }
        }
        return values;
    }
}
