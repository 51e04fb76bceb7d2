package org.reskontro.simulator.poweroffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The endpoints under /v2, once the caller's token opened a client: the reads the connector uses, the
 * reference data and the postings (bank vouchers, reversals, sales orders).
 * Routes are case-insensitive, as in ASP.NET.
 */
final class Routes {

    private Routes() {
    }

    static ApiResponse handle(ClientBooks books, ApiRequest request, String path, LocalDate today, Instant now) {
        String[] s = path.replaceAll("^/+|/+$", "").split("/");
        String route = String.join("/", s).toLowerCase(Locale.ROOT);
        String method = request.method();
        if (s.length == 2 && (route.startsWith("customers/") || route.startsWith("outgoinginvoices/"))) {
            route = s[0].toLowerCase(Locale.ROOT) + "/{id}";
        }
        if (s.length == 3 && route.startsWith("vouchers/reverse/")) {
            route = "vouchers/reverse/{id}";
        }
        if (s.length == 3 && route.startsWith("salesorders/") && route.endsWith("/createandsendinvoice")) {
            route = "salesorders/{id}/createandsendinvoice";
        }
        if ("POST".equals(method)) {
            return switch (route) {
                case "vouchers/bankjournals" -> PostingEndpoints.bankJournal(books, request, now);
                case "vouchers/reverse/{id}" -> PostingEndpoints.reverse(books, s[2], today, now);
                case "salesorders/complete" -> SalesOrderEndpoints.complete(books, request, now);
                case "salesorders/{id}/createandsendinvoice" -> SalesOrderEndpoints.send(books, s[1], request, now);
                default -> throw new Problem(405, "Method Not Allowed", "The simulator takes no POST to " + path);
            };
        }
        if (!"GET".equals(method)) {
            throw new Problem(405, "Method Not Allowed", "The simulator serves " + path + " with GET and POST only");
        }
        return switch (route) {
            case "customers" -> CustomerEndpoints.list(books, request);
            case "customers/{id}" -> CustomerEndpoints.one(books, s[1]);
            case "outgoinginvoices" -> InvoiceEndpoints.list(books, request);
            case "outgoinginvoices/{id}" -> InvoiceEndpoints.one(books, s[1]);
            case "customerledger/entriesbymatchid" -> LedgerEndpoints.entriesByMatchId(books, request);
            case "customerledger/openitems" -> LedgerEndpoints.openItems(books, request, today);
            case "customerledger/statement" -> LedgerEndpoints.statement(books, request);
            case "salesorders" -> SalesOrderEndpoints.list(books, request);
            case "products" -> ReferenceEndpoints.products(books, request);
            case "generalledgeraccounts" -> ReferenceEndpoints.accounts(books, request);
            case "vatcodes" -> ReferenceEndpoints.vatCodes(request);
            case "voucherdocumentation" -> DocumentationEndpoints.list(books, request);
            case "voucherdocumentation/download" -> DocumentationEndpoints.download(books, request);
            case "organizationsettings" -> ApiResponse.json(200,
                    Dtos.organizationSettings(books.client(), books.createdAt()));
            default -> throw Problem.notFound("The simulator has no endpoint " + method + " /v2" + path);
        };
    }
}
