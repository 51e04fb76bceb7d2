package org.reskontro.connector.poweroffice;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.databind.JsonNode;

/**
 * What a booking needs from the client's chart, read once per session: the product a sales order line books on an
 * account with (a sales order line has no account of its own; Go takes account and VAT from the product), the id of
 * a general-ledger account (voucher lines name accounts by id), and the VAT codes (voucher lines name them by id).
 */
final class PowerOfficeChart {

    /** SAF-T code 0, "no VAT treatment": what the bank and customer lines of a payment carry. */
    static final String NO_VAT_TREATMENT = "0";

    private final PowerOfficeApiClient client;
    private final PowerOfficePages pages;
    private final String noClient;
    private Map<String, String> productByAccount;
    private Map<String, JsonNode> vatCodes;
    private final Map<String, JsonNode> accounts = new HashMap<>();

    PowerOfficeChart(PowerOfficeApiClient client, PowerOfficePages pages, String noClient) {
        this.client = client;
        this.pages = pages;
        this.noClient = noClient;
    }

    /**
     * The code of a product whose standard sales account is {@code account}, for a fee or interest line. The account
     * must be outside VAT (a code at 0 %): fees and interest carry no VAT, and Go would add it from the account.
     */
    synchronized String productFor(String account) {
        if (productByAccount == null) {
            Map<String, String> found = new HashMap<>();
            pages.each("/Products", Map.of("isArchived", "false"), noClient, (item, where) -> {
                String sales = PowerOfficeJson.optionalText(item, "StandardSalesAccount");
                String code = PowerOfficeJson.optionalText(item, "Code");
                if (sales != null && code != null && !PowerOfficeJson.flag(item, "IsArchived", false, where)) {
                    found.putIfAbsent(sales, code);
                }
            });
            productByAccount = found;
        }
        String code = productByAccount.get(account);
        if (code == null) {
            throw new AccountingSystemException(Category.REJECTED, "PowerOffice Go has no product whose sales account"
                    + " is " + account + ": a sales order line books on its product's account, so create a product"
                    + " (say 'Purregebyr') on account " + account + " in PowerOffice Go");
        }
        BigDecimal rate = rate(vatCodeOf(account));
        if (rate.signum() != 0) {
            throw new AccountingSystemException(Category.REJECTED, "Account " + account + " carries VAT code "
                    + vatCodeOf(account) + " (" + rate.movePointRight(2).stripTrailingZeros().toPlainString()
                    + " %) in PowerOffice Go; fees and interest are outside the VAT act: give it VAT code 6");
        }
        return code;
    }

    long accountId(String account) {
        return PowerOfficeJson.integer(account(account), "Id", "GET /GeneralLedgerAccounts");
    }

    synchronized long vatId(String code) {
        return PowerOfficeJson.integer(vatCode(code), "Id", "GET /VatCodes");
    }

    private String vatCodeOf(String account) {
        String code = PowerOfficeJson.optionalText(account(account), "VatCode");
        return code == null ? NO_VAT_TREATMENT : code;
    }

    private synchronized BigDecimal rate(String code) {
        return PowerOfficeJson.amount(vatCode(code), "Rate", "GET /VatCodes");
    }

    private synchronized JsonNode account(String account) {
        if (!account.matches("\\d{4,}")) {
            throw new AccountingSystemException(Category.REJECTED, "'" + account + "' is no PowerOffice Go account"
                    + " number");
        }
        return accounts.computeIfAbsent(account, number -> {
            JsonNode[] found = new JsonNode[1];
            pages.each("/GeneralLedgerAccounts", Map.of("accountNos", number), noClient, (item, where) -> {
                if (number.equals(PowerOfficeJson.optionalText(item, "AccountNo"))) {
                    found[0] = item;
                }
            });
            if (found[0] == null) {
                throw new AccountingSystemException(Category.REJECTED, "PowerOffice Go's chart has no account "
                        + number);
            }
            return found[0];
        });
    }

    private JsonNode vatCode(String code) {
        if (vatCodes == null) {
            Map<String, JsonNode> found = new HashMap<>();
            pages.each("/VatCodes", Map.of(), noClient,
                    (item, where) -> found.put(PowerOfficeJson.text(item, "Code", where), item));
            vatCodes = found;
        }
        JsonNode vat = vatCodes.get(code);
        if (vat == null) {
            throw new AccountingSystemException(Category.REJECTED, "PowerOffice Go knows no VAT code " + code);
        }
        return vat;
    }
}
