package org.reskontro.connector.poweroffice;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ConnectionDetails;
import tools.jackson.databind.JsonNode;

/**
 * API v2 auth: the OAuth2 client-credentials grant (RFC 6749 section 4.4) at the token URL, Basic base64(application
 * key:client key), the subscription key in its header, {@code grant_type=client_credentials}. Tokens live 20
 * minutes; one is kept until a minute before it expires, as the portal advises renewing proactively. Neither the keys
 * nor the token ever appear in a message or a log.
 */
final class PowerOfficeTokens {

    static final String REJECTED_CREDENTIALS =
            "PowerOffice Go rejected the credentials: check application key, client key and subscription key";
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final PowerOfficeTransport transport;
    private final ConnectionDetails connection;
    private final PowerOfficeSettings settings;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    PowerOfficeTokens(PowerOfficeTransport transport, ConnectionDetails connection, PowerOfficeSettings settings,
            Clock clock) {
        this.transport = transport;
        this.connection = connection;
        this.settings = settings;
        this.clock = clock;
    }

    synchronized String bearer() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** After a 401: the token is no good, whatever its expiry said. */
    synchronized void forget() {
        token = null;
    }

    String subscriptionKey() {
        return connection.credential("subscriptionKey");
    }

    private void fetch() {
        String keys = connection.credential("applicationKey") + ":" + connection.credential("clientKey");
        String basic = "Basic " + Base64.getEncoder().encodeToString(keys.getBytes(StandardCharsets.UTF_8));
        String subscription = subscriptionKey();
        HttpResponse<byte[]> response = transport.send(() -> HttpRequest.newBuilder(connection.tokenUrl())
                .timeout(settings.requestTimeout())
                .header("Authorization", basic)
                .header(PowerOfficeApiClient.SUBSCRIPTION_KEY_HEADER, subscription)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                "POST to the token endpoint");
        int status = response.statusCode();
        if (status == 401 || status == 403 || (status == 400 && isCredentialError(response))) {
            throw new AccountingSystemException(Category.AUTHENTICATION, REJECTED_CREDENTIALS
                    + PowerOfficeApiClient.gatewayHint(response.body()));
        }
        if (status != 200) {
            throw new AccountingSystemException(Category.REJECTED, "PowerOffice Go's token endpoint refused the"
                    + " request (HTTP " + status + ", " + PowerOfficeJson.errorText(response.body()) + ")");
        }
        String where = "the token endpoint's answer";
        JsonNode answer = PowerOfficeJson.parse(response.body(), where);
        String type = PowerOfficeJson.optionalText(answer, "token_type");
        if (type != null && !type.equalsIgnoreCase("bearer")) {
            throw PowerOfficeJson.malformed(where, "token_type is '" + type + "', not Bearer");
        }
        long lifetime = answer.path("expires_in").canConvertToLong() ? answer.path("expires_in").asLong() : 1200;
        token = PowerOfficeJson.text(answer, "access_token", where);
        Duration margin = lifetime > 2 * MARGIN.toSeconds() ? MARGIN : Duration.ofSeconds(lifetime / 2);
        renewAt = clock.instant().plusSeconds(lifetime).minus(margin);
    }

    private static boolean isCredentialError(HttpResponse<byte[]> response) {
        String error = PowerOfficeJson.errorText(response.body());
        return error.contains("invalid_client") || error.contains("invalid_grant")
                || error.contains("unauthorized_client");
    }
}
