package org.reskontro.connector.dinero;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.reskontro.bookkeeping.spi.BookingLine;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.shared.Money;

/** Bookings as the bookkeeping module would make them, on the simulator's VAT-free fee account 1150. */
final class DineroCharges {

    static final String FEE_ACCOUNT = "1150";
    static final LocalDate DATE = DineroSandbox.ANCHOR;

    private DineroCharges() {
    }

    static ChargeInvoice fee(String customer, BookingMode mode, String amount) {
        return new ChargeInvoice(UUID.randomUUID(), mode, ChargeKind.FEE, customer, null, 1042L, DATE,
                DATE.plusDays(10), "Reskontro gebyr 10023 faktnr. 1042 – ID: 57", "da",
                List.of(new BookingLine("Rykkergebyr", Money.of(amount, "DKK"), FEE_ACCOUNT)));
    }

    static ChargeInvoice interest(String customer) {
        return new ChargeInvoice(UUID.randomUUID(), BookingMode.DIRECT, ChargeKind.INTEREST, customer, null, 1042L,
                DATE, DATE.plusDays(10), "Reskontro rentenota faktnr. 1042", "en",
                List.of(new BookingLine("Renter 01.10.–31.10.", Money.of("12.37", "DKK"), FEE_ACCOUNT),
                        new BookingLine("Renter 01.11.–23.11.", Money.of("9.05", "DKK"), FEE_ACCOUNT)));
    }

    static ChargeCreditNote creditNote(String customer, String creditedGuid, String amount) {
        return new ChargeCreditNote(UUID.randomUUID(), BookingMode.DIRECT, customer, creditedGuid, DATE,
                "Afskrevet gebyr", "da",
                List.of(new BookingLine("Afskrivning af rykkergebyr", Money.of(amount, "DKK"), FEE_ACCOUNT)));
    }

    static PaymentRegistration payment(String invoiceGuid, String amount) {
        return new PaymentRegistration(UUID.randomUUID(), invoiceGuid, DATE, Money.of(amount, "DKK"), "55000",
                "Indbetaling via bank");
    }
}
