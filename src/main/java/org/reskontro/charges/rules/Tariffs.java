package org.reskontro.charges.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reskontro.charges.DebtorScope;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.NotInTableException;
import org.reskontro.charges.RateRow;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.TariffRow;
import org.reskontro.shared.CountryCode;

/**
 * An immutable snapshot of the rate and tariff tables, indexed for the rules. A lookup for a date no row covers
 * throws {@link NotInTableException}: the tables are the law as we know it, and outside them we know nothing.
 */
public final class Tariffs {

    private final Map<CountryCode, List<RateRow>> rates = new EnumMap<>(CountryCode.class);
    private final Map<CountryCode, Map<TariffItem, List<TariffRow>>> values = new EnumMap<>(CountryCode.class);

    public Tariffs(List<RateRow> rateRows, List<TariffRow> tariffRows) {
        for (CountryCode country : CountryCode.values()) {
            rates.put(country, rateRows.stream().filter(r -> r.country() == country)
                    .sorted(Comparator.comparing(RateRow::validFrom)).toList());
            Map<TariffItem, List<TariffRow>> items = new EnumMap<>(TariffItem.class);
            for (TariffItem item : TariffItem.values()) {
                items.put(item, tariffRows.stream().filter(r -> r.country() == country && r.item() == item)
                        .sorted(Comparator.comparing(TariffRow::validFrom).thenComparing(TariffRow::band)).toList());
            }
            values.put(country, items);
        }
    }

    /** The interest rate row for the debtor on the date; a row for the debtor's own type wins over an ANY row. */
    public RateRow rate(CountryCode country, DebtorType debtor, LocalDate date) {
        RateRow any = null;
        for (RateRow row : rates.get(country)) {
            if (row.covers(date) && row.debtorScope().covers(debtor)) {
                if (row.debtorScope() != DebtorScope.ANY) {
                    return row;
                }
                any = row;
            }
        }
        if (any == null) {
            throw new NotInTableException("No " + country + " late-payment interest rate for " + date + " in the rate "
                    + "table (it covers " + coverage(country) + "); an agency admin can add the period, with its "
                    + "source, under Charges → Tables");
        }
        return any;
    }

    /** The single (unbanded) value of an item on a date. */
    public TariffRow value(CountryCode country, TariffItem item, DebtorType debtor, LocalDate date) {
        List<TariffRow> rows = bands(country, item, debtor, date);
        if (rows.size() != 1) {
            throw new IllegalStateException(country + " " + item + " on " + date + " has " + rows.size() + " bands");
        }
        return rows.getFirst();
    }

    /** Whether the tables state the item at all for this debtor and date (some limits exist only in some laws). */
    public boolean has(CountryCode country, TariffItem item, DebtorType debtor, LocalDate date) {
        return !matching(country, item, debtor, date).isEmpty();
    }

    /** The bands of an item valid on a date, in band order; the debtor's own rows win over ANY rows. */
    public List<TariffRow> bands(CountryCode country, TariffItem item, DebtorType debtor, LocalDate date) {
        List<TariffRow> rows = matching(country, item, debtor, date);
        if (rows.isEmpty()) {
            throw new NotInTableException("No " + country + " " + item + " for a " + debtor.wireName() + " debtor on "
                    + date + " in the tariff table; an agency admin can add it, with its source, under Charges → Tables");
        }
        return rows;
    }

    private List<TariffRow> matching(CountryCode country, TariffItem item, DebtorType debtor, LocalDate date) {
        List<TariffRow> own = new ArrayList<>();
        List<TariffRow> any = new ArrayList<>();
        for (TariffRow row : values.get(country).get(item)) {
            if (row.covers(date) && row.debtorScope().covers(debtor)) {
                (row.debtorScope() == DebtorScope.ANY ? any : own).add(row);
            }
        }
        return own.isEmpty() ? any : own;
    }

    public List<RateRow> rates(CountryCode country) {
        return rates.get(country);
    }

    private String coverage(CountryCode country) {
        List<RateRow> rows = rates.get(country);
        return rows.isEmpty() ? "no periods" : rows.getFirst().validFrom() + " to " + rows.getLast().validTo();
    }
}
