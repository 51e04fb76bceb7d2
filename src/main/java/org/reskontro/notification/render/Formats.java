package org.reskontro.notification.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.reskontro.shared.Money;

/**
 * Amounts and dates as a reader of the letter's language writes them: "1.234,50" in Danish, "1 234,50" in
 * Norwegian, Swedish and Finnish, "1,234.50" in English. The grouping space is a no-break space and the minus an
 * ASCII hyphen, so the standard PDF fonts can print both.
 */
final class Formats {

    private static final char NO_BREAK_SPACE = '\u00a0';

    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;

    Formats(Locale language, String datePattern, String shortDatePattern) {
        DecimalFormatSymbols cldr = DecimalFormatSymbols.getInstance(Languages.numbers(language));
        symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(cldr.getDecimalSeparator());
        symbols.setGroupingSeparator(Character.isSpaceChar(cldr.getGroupingSeparator()) ? NO_BREAK_SPACE
                : cldr.getGroupingSeparator());
        symbols.setMinusSign('-');
        dates = DateTimeFormatter.ofPattern(datePattern, language);
        shortDates = DateTimeFormatter.ofPattern(shortDatePattern, language);
    }

    /** The amount without currency, at the currency's minor unit. */
    String amount(Money money) {
        if (money == null) {
            return "";
        }
        Money rounded = money.rounded();
        int digits = rounded.currency().getDefaultFractionDigits();
        // DecimalFormat is not thread-safe and cheap to make; one per call keeps Formats shareable.
        DecimalFormat format = new DecimalFormat(digits > 0 ? "#,##0." + "0".repeat(digits) : "#,##0", symbols);
        return format.format(rounded.amount());
    }

    /** The amount followed by its ISO currency code: "1.234,50 DKK". */
    String money(Money money) {
        return money == null ? "" : amount(money) + NO_BREAK_SPACE + money.currency().getCurrencyCode();
    }

    /** As in running text: "20. november 2026". */
    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** As in a table column: "20.11.2026". */
    String shortDate(LocalDate date) {
        return date == null ? "" : shortDates.format(date);
    }
}
