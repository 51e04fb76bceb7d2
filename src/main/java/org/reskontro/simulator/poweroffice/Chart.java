package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a client's chart that the posting side needs: general-ledger accounts with their VAT code, products
 * with their standard sales account (a sales order line takes its account and VAT from its product, as in Go), and
 * the standard SAF-T VAT codes. Not thread-safe: {@link ClientBooks} guards it.
 */
final class Chart {

    record Account(long id, long accountNo, String name, String vatCode) {
    }

    record Product(long id, String code, String name, long salesAccountNo) {
    }

    record VatCode(long id, String code, String name, BigDecimal rate) {
    }

    /** SAF-T's standard codes as Go uses them by default; 6 is sales outside the scope of the VAT act. */
    static final List<VatCode> VAT_CODES = List.of(
            new VatCode(1, "0", "Ingen mva-behandling", BigDecimal.ZERO),
            new VatCode(3, "3", "Utgående mva, høy sats", PowerOfficeLine.GENERAL_VAT),
            new VatCode(5, "5", "Ingen utgående mva (fritatt)", BigDecimal.ZERO),
            new VatCode(6, "6", "Omsetning utenfor mva-loven", BigDecimal.ZERO));

    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();
    private long nextProductId = 31_000;

    Chart() {
        account(1500, "Kundefordringer", "0");
        account(1920, "Bankinnskudd", "0");
        account(3000, "Salgsinntekt, avgiftspliktig", "3");
        account(3900, "Annen driftsrelatert inntekt", "6");
        account(8050, "Annen renteinntekt", "6");
    }

    /** Ids are derived from the number, so the same chart gets the same ids on every run. */
    Account account(long accountNo, String name, String vatCode) {
        vatCode(vatCode).orElseThrow(() -> new IllegalArgumentException("No VAT code " + vatCode));
        Account account = new Account(7_000_000 + accountNo, accountNo, name, vatCode);
        accounts.put(accountNo, account);
        return account;
    }

    Optional<Account> account(long accountNo) {
        return Optional.ofNullable(accounts.get(accountNo));
    }

    Optional<Account> accountById(long id) {
        return accounts.values().stream().filter(a -> a.id() == id).findFirst();
    }

    List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    Product addProduct(String code, String name, long salesAccountNo) {
        if (!accounts.containsKey(salesAccountNo)) {
            throw new IllegalArgumentException("The chart has no account " + salesAccountNo);
        }
        if (products.containsKey(code)) {
            throw new IllegalArgumentException("A product with code " + code + " exists");
        }
        Product product = new Product(nextProductId++, code, name, salesAccountNo);
        products.put(code, product);
        return product;
    }

    Optional<Product> product(String code) {
        return Optional.ofNullable(products.get(code));
    }

    List<Product> products() {
        return List.copyOf(products.values());
    }

    /** What a line of this product is taxed at: its sales account's VAT code. */
    BigDecimal vatRate(Product product) {
        return vatCode(accounts.get(product.salesAccountNo()).vatCode()).orElseThrow().rate();
    }

    static Optional<VatCode> vatCode(String code) {
        return VAT_CODES.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    static Optional<VatCode> vatCodeById(long id) {
        return VAT_CODES.stream().filter(v -> v.id() == id).findFirst();
    }
}
