package org.reskontro.simulator.poweroffice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * POST /OAuth/Token: the OAuth2 client-credentials grant of API v2, with Basic base64(application key:client key),
 * a form body {@code grant_type=client_credentials}, and errors as RFC 6749 section 5.2 spells them.
 */
final class TokenEndpoint {

    static final String PATH = "/OAuth/Token";

    private final Integrations integrations;
    private final AccessTokens tokens;
    private final Clock clock;

    TokenEndpoint(Integrations integrations, AccessTokens tokens, Clock clock) {
        this.integrations = integrations;
        this.tokens = tokens;
        this.clock = clock;
    }

    ApiResponse grant(ApiRequest request) {
        if (!"POST".equals(request.method())) {
            return oauthError(405, "invalid_request", "The token endpoint takes POST").withHeader("Allow", "POST");
        }
        if (!request.header("Content-Type").orElse("").startsWith("application/x-www-form-urlencoded")) {
            return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = ApiRequest.formFields(new String(request.body(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return oauthError(400, "unsupported_grant_type", "Only the client credentials grant is supported");
        }
        Optional<UUID> client = client(request.header("Authorization").orElse(""));
        if (client.isEmpty()) {
            return oauthError(400, "invalid_client", "Unknown application key or client key");
        }
        ObjectNode body = SimulatorJson.MAPPER.createObjectNode();
        body.put("access_token", tokens.issue(client.get(), clock.instant()));
        body.put("token_type", "Bearer");
        body.put("expires_in", AccessTokens.LIFETIME.toSeconds());
        return ApiResponse.json(200, body).withHeader("Cache-Control", "no-store");
    }

    private Optional<UUID> client(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : integrations.client(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        ObjectNode body = SimulatorJson.MAPPER.createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        return ApiResponse.json(status, body);
    }
}
