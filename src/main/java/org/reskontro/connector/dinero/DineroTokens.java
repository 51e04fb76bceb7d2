package org.reskontro.connector.dinero;

import java.net.URLEncoder;
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
 * Dinero's legacy personal-integration auth: an OAuth2 password grant (Basic client id and secret, the API key
 * as username and password). The token is kept until a minute before it expires. Neither the credentials nor
 * the token ever appear in a message or a log.
 */
final class DineroTokens {

    static final String REJECTED_CREDENTIALS =
            "Dinero rejected the credentials: check client id, client secret and API key";
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final DineroTransport transport;
    private final ConnectionDetails connection;
    private final DineroSettings settings;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    DineroTokens(DineroTransport transport, ConnectionDetails connection, DineroSettings settings, Clock clock) {
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

    private void fetch() {
        String client = connection.credential("clientId") + ":" + connection.credential("clientSecret");
        String apiKey = URLEncoder.encode(connection.credential("apiKey"), StandardCharsets.UTF_8);
        String form = "grant_type=password&scope=" + URLEncoder.encode("read write", StandardCharsets.UTF_8)
                + "&username=" + apiKey + "&password=" + apiKey;
        String basic = "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = transport.send(() -> HttpRequest.newBuilder(connection.tokenUrl())
                .timeout(settings.requestTimeout())
                .header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "POST to the token endpoint");
        int status = response.statusCode();
        if (status == 401 || status == 403 || (status == 400 && isCredentialError(response))) {
            throw new AccountingSystemException(Category.AUTHENTICATION, REJECTED_CREDENTIALS);
        }
        if (status != 200) {
            throw new AccountingSystemException(Category.REJECTED,
                    "Dinero's token endpoint refused the request (HTTP " + status + ", "
                            + DineroJson.errorText(response.body()) + ")");
        }
        String where = "the token endpoint's answer";
        JsonNode answer = DineroJson.parse(response.body(), where);
        String type = DineroJson.optionalText(answer, "token_type");
        if (type != null && !type.equalsIgnoreCase("bearer")) {
            throw DineroJson.malformed(where, "token_type is '" + type + "', not Bearer");
        }
        long lifetime = answer.path("expires_in").canConvertToLong() ? answer.path("expires_in").asLong() : 3600;
        token = DineroJson.text(answer, "access_token", where);
        Duration margin = lifetime > 2 * MARGIN.toSeconds() ? MARGIN : Duration.ofSeconds(lifetime / 2);
        renewAt = clock.instant().plusSeconds(lifetime).minus(margin);
    }

    private static boolean isCredentialError(HttpResponse<byte[]> response) {
        String error = DineroJson.errorText(response.body());
        return error.contains("invalid_grant") || error.contains("invalid_client")
                || error.contains("unauthorized_client");
    }
}
