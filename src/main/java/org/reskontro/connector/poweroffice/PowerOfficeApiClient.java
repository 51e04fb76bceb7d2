package org.reskontro.connector.poweroffice;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ConnectionDetails;

/**
 * Authenticated GETs and JSON POSTs under the API root: Bearer token and subscription key on every call, one fresh token after a
 * 401, and PowerOffice's refusals translated (403 and a second 401: credentials or privileges; 404: not found;
 * other 4xx: rejected, with the ProblemDetails text).
 */
final class PowerOfficeApiClient {

    static final String SUBSCRIPTION_KEY_HEADER = "Ocp-Apim-Subscription-Key";

    /** A 200 or 204 answer; {@code body} is empty for a 204 ("no content to return"). */
    record Answer(int status, byte[] body, HttpHeaders headers) {
        boolean empty() {
            return status == 204 || body.length == 0;
        }
    }

    private final PowerOfficeTransport transport;
    private final PowerOfficeTokens tokens;
    private final ConnectionDetails connection;
    private final PowerOfficeSettings settings;

    PowerOfficeApiClient(PowerOfficeTransport transport, PowerOfficeTokens tokens, ConnectionDetails connection,
            PowerOfficeSettings settings) {
        this.transport = transport;
        this.tokens = tokens;
        this.connection = connection;
        this.settings = settings;
    }

    /**
     * @param what     how messages name this call, e.g. "GET /OutgoingInvoices page 3"
     * @param notFound the message for a 404
     */
    Answer get(String path, Map<String, String> query, String accept, String what, String notFound) {
        return exchange(uri(path, query), accept, null, what, notFound, Category.NOT_FOUND);
    }

    /**
     * A POST of a JSON body, answered 200, 201, 202 or 204. A 404 here means the request named something the client
     * does not have (a customer, a document), so it is a {@link Category#REJECTED} booking, not a missing client.
     * The transport retries 5xx and time-outs: a write sent this way must be safe to repeat (it carries an
     * ExternalImportReference that PowerOffice keeps unique).
     */
    Answer post(String path, byte[] json, String what, String notFound) {
        return exchange(uri(path, Map.of()), "application/json", json, what, notFound, Category.REJECTED);
    }

    private Answer exchange(URI uri, String accept, byte[] json, String what, String notFound, Category missing) {
        boolean freshToken = false;
        while (true) {
            HttpResponse<byte[]> response = transport.send(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                        .timeout(settings.requestTimeout())
                        .header("Authorization", "Bearer " + tokens.bearer())
                        .header(SUBSCRIPTION_KEY_HEADER, tokens.subscriptionKey())
                        .header("Accept", accept);
                return (json == null ? request.GET()
                        : request.header("Content-Type", "application/json; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(json))).build();
            }, what);
            int status = response.statusCode();
            if (status == 200 || status == 201 || status == 202 || status == 204) {
                return new Answer(status, response.body() == null ? new byte[0] : response.body(), response.headers());
            }
            if (status == 401 && !freshToken && gatewayHint(response.body()).isEmpty()) {
                tokens.forget();
                freshToken = true;
                continue;
            }
            throw switch (status) {
                case 401 -> new AccountingSystemException(Category.AUTHENTICATION,
                        PowerOfficeTokens.REJECTED_CREDENTIALS + gatewayHint(response.body()));
                case 403 -> new AccountingSystemException(Category.AUTHENTICATION, "PowerOffice Go refused " + what
                        + " (HTTP 403): the integration lacks the privilege for it; the client must grant the"
                        + " Reskontro extension access to customers, outgoing invoices, sales orders, the customer"
                        + " ledger, vouchers and voucher documentation");
                case 404 -> new AccountingSystemException(missing, missing == Category.NOT_FOUND ? notFound
                        : notFound + " (" + PowerOfficeJson.errorText(response.body()) + ")");
                default -> new AccountingSystemException(Category.REJECTED, "PowerOffice Go refused " + what
                        + " (HTTP " + status + ": " + PowerOfficeJson.errorText(response.body()) + ")");
            };
        }
    }

    /**
     * The gateway's own refusal of the subscription key, if that is what a 401 is: then a new token cannot help,
     * and the message should say which key is wrong.
     */
    static String gatewayHint(byte[] body) {
        String text = PowerOfficeJson.errorText(body);
        return text.toLowerCase(Locale.ROOT).contains("subscription key")
                ? " (the gateway refused the subscription key: " + text + ")" : "";
    }

    private URI uri(String path, Map<String, String> query) {
        String base = connection.apiBaseUrl().toString().replaceAll("/+$", "");
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (encoded.isEmpty() ? "" : "?" + encoded));
    }
}
