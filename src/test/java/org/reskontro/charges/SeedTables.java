package org.reskontro.charges;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.reskontro.charges.rules.Tariffs;
import org.reskontro.shared.CountryCode;

/**
 * The tables exactly as the V9 migration seeds them, read from the migration itself, for tests and benchmarks
 * of the plain-Java rules that run without a database.
 */
public final class SeedTables {

    private static final Pattern FIELD = Pattern.compile(",(?=(?:[^']*'[^']*')*[^']*$)");

    private SeedTables() {
    }

    public static Tariffs load() {
        List<RateRow> rates = new ArrayList<>();
        List<TariffRow> tariff = new ArrayList<>();
        for (String line : migration().split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("('")) {
                continue;
            }
            String inner = trimmed.substring(1, trimmed.lastIndexOf(')'));
            String[] f = FIELD.split(inner);
            if (f.length == 11) {
                rates.add(new RateRow(CountryCode.valueOf(text(f[0])), DebtorScope.valueOf(text(f[1])),
                        LocalDate.parse(text(f[2])), LocalDate.parse(text(f[3])), number(f[4]), number(f[5]),
                        number(f[6]), DayCount.valueOf(text(f[7])), Verification.valueOf(text(f[8])), text(f[9]),
                        text(f[10])));
            } else if (f.length == 13) {
                String to = text(f[4]);
                String currency = text(f[9]);
                tariff.add(new TariffRow(CountryCode.valueOf(text(f[0])), TariffItem.valueOf(text(f[1])),
                        DebtorScope.valueOf(text(f[2])), LocalDate.parse(text(f[3])),
                        to == null ? null : LocalDate.parse(to), Integer.parseInt(f[5].trim()), number(f[6]),
                        number(f[7]), TariffUnit.valueOf(text(f[8])),
                        currency == null ? null : Currency.getInstance(currency), Verification.valueOf(text(f[10])),
                        text(f[11]), text(f[12])));
            } else {
                throw new IllegalStateException("Unexpected seed row: " + trimmed);
            }
        }
        return new Tariffs(rates, tariff);
    }

    private static String migration() {
        try (InputStream in = SeedTables.class.getResourceAsStream("/db/migration/charges/V9__charges_tables.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String field) {
        String t = field.trim();
        if (t.equals("null")) {
            return null;
        }
        return t.substring(1, t.length() - 1).replace("''", "'");
    }

    private static BigDecimal number(String field) {
        String t = field.trim();
        return t.equals("null") ? null : new BigDecimal(t);
    }
}
