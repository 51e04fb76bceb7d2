package org.reskontro.simulator.poweroffice;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;
import tools.jackson.databind.node.ObjectNode;

/** GET /Products (by codes), GET /GeneralLedgerAccounts (by accountNos) and GET /VatCodes, from the client's chart. */
final class ReferenceEndpoints {

    private ReferenceEndpoints() {
    }

    static ApiResponse products(ClientBooks books, ApiRequest request) {
        ResourcePage page = ResourcePage.of(request);
        List<String> codes = request.param("codes").map(c -> Arrays.stream(c.split(",")).map(String::trim).toList())
                .orElse(null);
        List<Chart.Product> products = books.chart(Chart::products).stream()
                .filter(p -> codes == null || codes.contains(p.code())).toList();
        return page.render(products, p -> product(p, books), request);
    }

    static ApiResponse accounts(ClientBooks books, ApiRequest request) {
        ResourcePage page = ResourcePage.of(request);
        LongPredicate numbers = QueryValues.ranges(request, "accountNos");
        List<Chart.Account> accounts = books.chart(Chart::accounts).stream()
                .filter(a -> numbers == null || numbers.test(a.accountNo())).toList();
        return page.render(accounts, a -> account(a, books.createdAt()), request);
    }

    static ApiResponse vatCodes(ApiRequest request) {
        return ResourcePage.of(request).render(Chart.VAT_CODES, ReferenceEndpoints::vatCode, request);
    }

    private static ObjectNode product(Chart.Product p, ClientBooks books) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", p.id());
        n.put("Code", p.code());
        n.put("Name", p.name());
        n.put("IsArchived", false);
        n.put("StandardSalesAccount", p.salesAccountNo());
        long accountId = books.chart(c -> c.account(p.salesAccountNo()).orElseThrow().id());
        n.put("StandardSalesAccountId", accountId);
        n.put("CreatedDateTimeOffset", SimulatorJson.timestamp(books.createdAt()));
        n.put("LastChangedDateTimeOffset", SimulatorJson.timestamp(books.createdAt()));
        return n;
    }

    private static ObjectNode account(Chart.Account a, Instant changedAt) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", a.id());
        n.put("AccountNo", a.accountNo());
        n.put("Name", a.name());
        n.put("IsActive", true);
        n.put("CurrencyCode", "NOK");
        n.put("VatCode", a.vatCode());
        n.put("VatCodeId", Chart.vatCode(a.vatCode()).orElseThrow().id());
        n.put("LastChangedDateTimeOffset", SimulatorJson.timestamp(changedAt));
        return n;
    }

    private static ObjectNode vatCode(Chart.VatCode v) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", v.id());
        n.put("Code", v.code());
        n.put("Name", v.name());
        n.put("Description", v.name());
        n.put("Rate", v.rate());
        n.put("IsActive", true);
        n.put("IsCustom", false);
        n.put("ValidFrom", "2017-01-01");
        return n;
    }
}
