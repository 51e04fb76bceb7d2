package org.reskontro.connector.dinero;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ConnectionDetails;
import tools.jackson.databind.JsonNode;

/**
 * Authenticated GETs (and the bookkeeping side's JSON writes) against one organisation: Bearer token on every call, one fresh token after a 401, and
 * Dinero's refusals translated (403 and a second 401: credentials; 404: not found; other 4xx: rejected).
 */
final class DineroApiClient {

    private final DineroTransport transport;
    private final DineroTokens tokens;
    private final ConnectionDetails connection;
    private final DineroSettings settings;

    DineroApiClient(DineroTransport transport, DineroTokens tokens, ConnectionDetails connection,
            DineroSettings settings) {
        this.transport = transport;
        this.tokens = tokens;
        this.connection = connection;
        this.settings = settings;
    }

    String organisationId() {
        return connection.organisationId();
    }

    /**
     * @param what        how messages name this call, e.g. "GET /v1/42/invoices page 3"
     * @param notFound    the message for a 404
     */
    JsonNode get(String path, Map<String, String> query, String what, String notFound) {
        return DineroJson.parse(fetch(path, query, "application/json", what, notFound), what);
    }

    /** The raw body of a 200 answer; {@code accept} picks the representation (JSON or a file). */
    byte[] fetch(String path, Map<String, String> query, String accept, String what, String notFound) {
        URI uri = uri(path, query);
        boolean freshToken = false;
        while (true) {
            HttpResponse<byte[]> response = transport.send(() -> request(uri, accept), what);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status == 401 && !freshToken) {
                tokens.forget();
                freshToken = true;
                continue;
            }
            throw refusal(status, response.body(), what, notFound);
        }
    }

    /**
     * A 200 answer's JSON body as a stream, for answers too large to hold (a year's ledger entries); {@code reader}
     * must consume it. Refusals as in {@link #fetch}.
     */
    void stream(String path, Map<String, String> query, String what, String notFound, Consumer<InputStream> reader) {
        Body body = exchange(path, query, "application/json", what, notFound);
        try (InputStream in = body.stream()) {
            reader.accept(in);
        } catch (IOException e) {
            throw new AccountingSystemException(Category.UNREACHABLE, "Dinero's answer to " + what
                    + " broke off while it was read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** A 200 answer's body is streamed; any other answer is read whole (it may be retried, or explains a refusal). */
    private record Body(InputStream stream, byte[] refusal) {
    }

    private static final HttpResponse.BodyHandler<Body> BODY = info -> info.statusCode() == 200
            ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> new Body(in, null))
            : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), b -> new Body(null, b));

    private Body exchange(String path, Map<String, String> query, String accept, String what, String notFound) {
        URI uri = uri(path, query);
        boolean freshToken = false;
        while (true) {
            HttpResponse<Body> response = transport.send(() -> request(uri, accept), BODY, what);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status == 401 && !freshToken) {
                tokens.forget();
                freshToken = true;
                continue;
            }
            throw refusal(status, response.body().refusal(), what, notFound);
        }
    }

    /** A write's (or a lookup's) answer, whatever its status: the caller decides what a refusal means. */
    record Answer(int status, byte[] body) {

        boolean ok() {
            return status == 200;
        }
    }

    /**
     * A JSON request ({@code json} null: a GET) whose answer comes back whatever its status, after one fresh token on
     * a 401; 429 and 5xx are ridden out by the transport first.
     */
    Answer call(String method, String path, byte[] json, String what) {
        URI uri = uri(path, Map.of());
        boolean freshToken = false;
        while (true) {
            HttpResponse<byte[]> response = transport.send(() -> jsonRequest(uri, method, json), what);
            if (response.statusCode() == 401 && !freshToken) {
                tokens.forget();
                freshToken = true;
                continue;
            }
            return new Answer(response.statusCode(), response.body());
        }
    }

    /** The failure an answer other than 200 stands for, as for reads: 400 and 422 are rejections with Dinero's text. */
    AccountingSystemException refused(Answer answer, String what, String notFound) {
        return refusal(answer.status(), answer.body(), what, notFound);
    }

    private HttpRequest jsonRequest(URI uri, String method, byte[] json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + tokens.bearer())
                .header("Accept", "application/json");
        if (json == null) {
            return builder.GET().build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(json)).build();
    }

    private HttpRequest request(URI uri, String accept) {
        return HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + tokens.bearer())
                .header("Accept", accept)
                .GET().build();
    }

    private AccountingSystemException refusal(int status, byte[] body, String what, String notFound) {
        return switch (status) {
            case 401 -> new AccountingSystemException(Category.AUTHENTICATION, DineroTokens.REJECTED_CREDENTIALS);
            case 403 -> new AccountingSystemException(Category.AUTHENTICATION, "Dinero refused access to "
                    + "organisation " + organisationId() + " (HTTP 403): the API key's user needs access to it"
                    + " and a Dinero Pro subscription");
            case 404 -> new AccountingSystemException(Category.NOT_FOUND, notFound);
            default -> new AccountingSystemException(Category.REJECTED, "Dinero refused " + what + " (HTTP "
                    + status + ": " + DineroJson.errorText(body) + ")");
        };
    }

    private URI uri(String path, Map<String, String> query) {
        String base = connection.apiBaseUrl().toString().replaceAll("/+$", "");
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (encoded.isEmpty() ? "" : "?" + encoded));
    }
}
