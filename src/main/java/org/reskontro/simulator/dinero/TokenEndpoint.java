package org.reskontro.simulator.dinero;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dinero's legacy personal-integration auth: an OAuth2 password grant with Basic client authentication and the
 * API key as both username and password. Errors follow RFC 6749 section 5.2.
 */
final class TokenEndpoint {

    static final String PATH = "/dineroapi/oauth/token";

    private final SimulatorDirectory directory;
    private final AccessTokens tokens;
    private final Clock clock;

    TokenEndpoint(SimulatorDirectory directory, AccessTokens tokens, Clock clock) {
        this.directory = directory;
        this.tokens = tokens;
        this.clock = clock;
    }

    ApiResponse grant(ApiRequest request) {
        if (!"POST".equals(request.method())) {
            return oauthError(405, "invalid_request", "The token endpoint takes POST").withHeader("Allow", "POST");
        }
        if (!clientAuthenticated(request.header("Authorization").orElse(""))) {
            return oauthError(401, "invalid_client", "Unknown client or wrong client secret")
                    .withHeader("WWW-Authenticate", "Basic realm=\"dineroapi\"");
        }
        Map<String, String> form = ApiRequest.formFields(new String(request.body(), StandardCharsets.UTF_8));
        if (!"password".equals(form.get("grant_type"))) {
            return oauthError(400, "unsupported_grant_type", "Only grant_type=password is supported");
        }
        if (!List.of(form.getOrDefault("scope", "").split(" ")).contains("read")) {
            return oauthError(400, "invalid_scope", "The scope must include read");
        }
        String apiKey = form.get("username");
        if (apiKey == null || !apiKey.equals(form.get("password")) || !directory.knowsApiKey(apiKey)) {
            return oauthError(400, "invalid_grant", "The API key is not valid");
        }
        ObjectNode body = SimulatorJson.MAPPER.createObjectNode();
        body.put("access_token", tokens.issue(apiKey, clock.instant()));
        body.put("token_type", "Bearer");
        body.put("expires_in", AccessTokens.LIFETIME.toSeconds());
        return ApiResponse.json(200, body).withHeader("Cache-Control", "no-store");
    }

    private boolean clientAuthenticated(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && directory.clientMatches(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        ObjectNode body = SimulatorJson.MAPPER.createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        return ApiResponse.json(status, body);
    }
}
