package org.reskontro.creditors;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A credential map as one string (name=base64(value) per line) before it is sealed. */
final class CredentialCodec {

    private CredentialCodec() {
    }

    static String encode(Map<String, String> credentials) {
        return new TreeMap<>(credentials).entrySet().stream()
                .map(e -> e.getKey() + "=" + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> credentials = new TreeMap<>();
        for (String line : encoded.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                credentials.put(line.substring(0, eq),
                        new String(Base64.getDecoder().decode(line.substring(eq + 1)), StandardCharsets.UTF_8));
            }
        }
        return credentials;
    }
}
