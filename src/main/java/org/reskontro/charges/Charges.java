package org.reskontro.charges;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reskontro.charges.Explanation.Step;
import org.reskontro.charges.denmark.DanishCollectionCostCap;
import org.reskontro.charges.denmark.DanishLetterFees;
import org.reskontro.charges.finland.FinnishLetterFees;
import org.reskontro.charges.norway.NorwegianLetterFees;
import org.reskontro.charges.norway.NorwegianSalaryCap;
import org.reskontro.charges.persistence.TariffStore;
import org.reskontro.charges.rules.Compensation;
import org.reskontro.charges.rules.InterestCalculator;
import org.reskontro.charges.rules.LetterFeeRules;
import org.reskontro.charges.rules.Tariffs;
import org.reskontro.charges.sweden.SwedishLetterFees;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;
import org.springframework.stereotype.Service;

/**
 * Fees, interest and caps for DK, NO, SE and FI, each with its explanation, from the effective-dated tables;
 * and the tables themselves, which an agency admin keeps up to date.
 */
@Service
public class Charges {

    private static final Map<CountryCode, Currency> CURRENCIES = Map.of(CountryCode.DK, Currency.getInstance("DKK"),
            CountryCode.NO, Currency.getInstance("NOK"), CountryCode.SE, Currency.getInstance("SEK"),
            CountryCode.FI, Currency.getInstance("EUR"));

    private final TariffCache tables;
    private final TariffStore store;
    private final Clock clock;
    private final Map<CountryCode, LetterFeeRules> letterRules = new EnumMap<>(CountryCode.class);

    Charges(TariffStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.tables = new TariffCache(store, clock, Duration.ofSeconds(5));
        for (LetterFeeRules rules : List.of(new DanishLetterFees(), new NorwegianLetterFees(), new SwedishLetterFees(),
                new FinnishLetterFees())) {
            letterRules.put(rules.country(), rules);
        }
    }

    /** The currency the country's statutory amounts are stated in. */
    public static Currency currency(CountryCode country) {
        return CURRENCIES.get(country);
    }

    public RateRow rate(CountryCode country, DebtorType debtor, LocalDate date) {
        return tables.current().rate(country, debtor, date);
    }

    public Interest interest(CountryCode country, DebtorType debtor, Money principal, LocalDate dueDate,
                             LocalDate paidDate) {
        requireCurrency(country, principal);
        return InterestCalculator.interest(tables.current(), country, debtor, principal, dueDate, paidDate);
    }

    public InterestStart interestStart(CountryCode country, LocalDate demandSent) {
        TariffRow days = tables.current().value(country, TariffItem.INTEREST_START_DAYS_AFTER_DEMAND,
                DebtorType.CONSUMER, demandSent);
        LocalDate from = demandSent.plusDays(days.whole());
        return new InterestStart(from, new Explanation(country + ".interest-start", days.statute(),
                List.of(Step.of("charges.interestStart", demandSent, days.whole(), from))));
    }

    public LetterFees letterFees(LetterFeeQuery query) {
        requireCurrency(query.country(), query.principal());
        return letterRules.get(query.country()).fees(tables.current(), query);
    }

    public Amount compensation(CountryCode country, DebtorType debtor, LocalDate date, int invoices) {
        return Compensation.compensation(tables.current(), country, debtor, date, invoices);
    }

    /** Denmark: the cap on out-of-court collection costs for a claim of this size. */
    public Amount danishCollectionCostCap(Money claim, LocalDate date) {
        requireCurrency(CountryCode.DK, claim);
        return DanishCollectionCostCap.cap(tables.current(), claim, date);
    }

    /** Norway: the salær cap; {@code claimDueDate} picks the table (before or after the 2020 reform). */
    public Amount norwegianSalaryCap(Money principal, DebtorType debtor, CollectionStage stage, boolean vatDeductible,
                                     LocalDate date, LocalDate claimDueDate) {
        requireCurrency(CountryCode.NO, principal);
        return NorwegianSalaryCap.cap(tables.current(), principal, debtor, stage, vatDeductible, date, claimDueDate);
    }

    public List<RateRow> rateTable(CountryCode country) {
        return tables.current().rates(country);
    }

    public List<TariffRow> tariffTable(CountryCode country) {
        return store.tariff().stream().filter(row -> row.country() == country).toList();
    }

    /**
     * Demo data only: where a country's rate table ends before {@code day}, carries its latest rate forward, half-year
     * by half-year, as UNVERIFIED rows that say so in their source, so a demo running today can show interest. Never
     * called in production, where a missing period must stay an error until the published rate is entered.
     */
    public void carryLatestRatesForwardForDemo(LocalDate day) {
        for (RateRow latest : latestRows()) {
            LocalDate from = latest.validTo().plusDays(1);
            while (!from.isAfter(day)) {
                LocalDate to = from.getMonthValue() <= 6 ? LocalDate.of(from.getYear(), 6, 30)
                        : LocalDate.of(from.getYear(), 12, 31);
                store.save(new RateRow(latest.country(), latest.debtorScope(), from, to, latest.referenceRate(),
                        latest.margin(), latest.ratePercent(), latest.dayCount(), Verification.UNVERIFIED,
                        "Demo data only: the rate of " + latest.validFrom() + " carried forward; not a published rate",
                        latest.statute()), "demo", Instant.now(clock));
                from = to.plusDays(1);
            }
        }
        tables.invalidate();
    }

    private List<RateRow> latestRows() {
        Map<String, RateRow> latest = new java.util.HashMap<>();
        for (RateRow row : store.rates()) {
            latest.merge(row.country() + "/" + row.debtorScope(), row,
                    (a, b) -> a.validTo().isAfter(b.validTo()) ? a : b);
        }
        return List.copyOf(latest.values());
    }

    /** Adds or corrects a rate period (agency admins only); every node sees it within seconds. */
    public void saveRate(RateRow row) {
        String by = CurrentOperator.requireAgencyAdmin().username();
        validate(row);
        store.save(row, by, Instant.now(clock));
        tables.invalidate();
    }

    /** Adds or corrects a tariff value (agency admins only). */
    public void saveTariff(TariffRow row) {
        String by = CurrentOperator.requireAgencyAdmin().username();
        if (row.validTo() != null && row.validTo().isBefore(row.validFrom())) {
            throw new ChargesInputException("valid to " + row.validTo() + " is before valid from " + row.validFrom());
        }
        if ((row.unit() == TariffUnit.AMOUNT) != (row.currency() != null)) {
            throw new ChargesInputException("An amount needs a currency, and only an amount has one");
        }
        if (row.value().signum() < 0) {
            throw new ChargesInputException("A tariff value must not be negative");
        }
        requireSource(row.source(), row.statute());
        store.save(row, by, Instant.now(clock));
        tables.invalidate();
    }

    private static void validate(RateRow row) {
        if (row.validTo().isBefore(row.validFrom())) {
            throw new ChargesInputException("valid to " + row.validTo() + " is before valid from " + row.validFrom());
        }
        if (row.ratePercent().signum() < 0 || row.ratePercent().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new ChargesInputException("The rate must be between 0 and 100 percent");
        }
        requireSource(row.source(), row.statute());
    }

    private static void requireSource(String source, String statute) {
        if (source == null || source.isBlank() || statute == null || statute.isBlank()) {
            throw new ChargesInputException("Every row needs its source and its statute reference");
        }
    }

    private static void requireCurrency(CountryCode country, Money amount) {
        if (!amount.currency().equals(currency(country))) {
            throw new ChargesInputException(country + " amounts are in " + currency(country) + ", not "
                    + amount.currency());
        }
    }
}
