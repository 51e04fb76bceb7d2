package org.reskontro.bookkeeping;

import java.util.Locale;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.shared.CountryCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a fee invoice or interest note (S-FEE-1): {@code Reskontro gebyr [CustomerNo] faktnr. [InvoiceNo] –
 * ID: [ReskontroId]} in the creditor's language, or the creditor's own template. The ID is what a person in the
 * accounting system quotes to find the charge in Reskontro.
 */
@Component
class ChargeTexts {

    private final MessageSource messages;

    ChargeTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(BookkeepingSettings settings, CountryCode country, ChargeKind kind, String customerNo, Long invoiceNo,
                long id) {
        String template = kind == ChargeKind.FEE ? settings.feeText() : settings.interestText();
        if (template == null) {
            template = messages.getMessage("bookkeeping.text." + kind.name().toLowerCase(Locale.ROOT), null,
                    language(country));
        }
        return template.replace("{customerNo}", customerNo == null ? "" : customerNo)
                .replace("{invoiceNo}", invoiceNo == null ? "" : String.valueOf(invoiceNo))
                .replace("{id}", String.valueOf(id));
    }

    String reversal(CountryCode country, String original) {
        return messages.getMessage("bookkeeping.text.reversal", new Object[] {original}, language(country));
    }

    String line(CountryCode country, ChargeKind kind) {
        return messages.getMessage("bookkeeping.line." + kind.name().toLowerCase(Locale.ROOT), null, language(country));
    }

    static Locale language(CountryCode country) {
        return switch (country) {
            case DK -> Locale.of("da");
            case NO -> Locale.of("nb");
            case SE -> Locale.of("sv");
            case FI -> Locale.of("fi");
        };
    }

    /** The language code the accounting system's document is written in. */
    static String languageTag(CountryCode country) {
        return language(country).getLanguage();
    }
}
