package org.reskontro.bookkeeping;

import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.shared.AccountingSystemKind;

/**
 * How one creditor wants charges booked: directly or as proposals, on which revenue accounts, payable in how many
 * days, with which document text (null: the standard wording of the creditor's language, see
 * {@link ChargeTexts}), and where the list of interest notes made in a run is e-mailed (null: no mail, S-FEE-3).
 * Templates may use {customerNo}, {invoiceNo} and {id}.
 */
public record BookkeepingSettings(BookingMode mode, String feeAccount, String interestAccount, String depositAccount,
        int paymentDays, String feeText, String interestText, String notesEmail) {

    public BookkeepingSettings {
        if (mode == null) {
            throw new InvalidBookkeepingException("Choose how charges are booked: DIRECT or PROPOSAL");
        }
        feeAccount = required(feeAccount, "fee account");
        interestAccount = required(interestAccount, "interest account");
        depositAccount = required(depositAccount, "deposit account");
        if (paymentDays < 0 || paymentDays > 90) {
            throw new InvalidBookkeepingException("Payment terms are 0 to 90 days, not " + paymentDays);
        }
        feeText = blankToNull(feeText);
        interestText = blankToNull(interestText);
        notesEmail = blankToNull(notesEmail);
        if (notesEmail != null && !notesEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidBookkeepingException("'" + notesEmail + "' is not an e-mail address");
        }
        for (String template : new String[] {feeText, interestText}) {
            if (template != null && !template.contains("{id}")) {
                throw new InvalidBookkeepingException("A document text must contain {id}: it is how a booking is "
                        + "recognised in the accounting system");
            }
        }
    }

    /**
     * Where charges go when the creditor has chosen nothing: accounts that exist in the system's standard chart
     * (Dinero: a VAT-free revenue account for fees and interest, 1150, and the bank, 55000; PowerOffice Go: NS 4102), which a creditor whose chart differs changes on its Bookkeeping page, booked directly, payable in 10 days.
     */
    public static BookkeepingSettings defaults(AccountingSystemKind system) {
        return switch (system) {
            case DINERO -> new BookkeepingSettings(BookingMode.DIRECT, "1150", "1150", "55000", 10, null, null, null);
            case POWEROFFICE_GO -> new BookkeepingSettings(BookingMode.DIRECT, "3900", "8050", "1920", 10, null, null,
                    null);
        };
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidBookkeepingException("The " + what + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
