package org.reskontro.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.reskontro.bookkeeping.BookedCharges;
import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.bookkeeping.BookingOutbox;
import org.reskontro.bookkeeping.DrainResult;
import org.reskontro.bookkeeping.OutboxStatus;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.NewCreditor;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.OpenItem;
import org.reskontro.platform.time.WallClock;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.reskontro.simulator.dinero.DineroLine;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewContact;
import org.reskontro.simulator.dinero.NewInvoice;

/**
 * {@code bench postings}: how fast the outbox books into Dinero's simulator over real HTTP with rate limiting off.
 * N invoices are mirrored, a payment is registered on each (one outbox row per invoice), and the drain is timed until
 * the outbox is empty. Each posting is the connector's whole exactly-once protocol (look the key up, read the
 * invoice's version, post), one database transaction per row. The simulator runs in this process.
 */
final class PostingBench {

    record Result(int postings, double seconds, int requests) {
        double postingsPerSecond() {
            return postings / seconds;
        }
    }

    private final BenchRuntime runtime;

    PostingBench(BenchRuntime runtime) {
        this.runtime = runtime;
    }

    Result run(int count, PrintStream out) {
        try (DineroSimulator simulator = DineroSimulator.start(0, WallClock.clock(), 0)) {
            CreditorId creditor = seed(simulator, count, out);
            BookedCharges charges = runtime.bean(BookedCharges.class);
            Ledger ledger = runtime.bean(Ledger.class);
            List<OpenItem> items = ledger.openItems(creditor, null, count);
            LocalDate today = simulator.today();
            for (OpenItem item : items) {
                charges.registerPayment(creditor, item.documentId(), Money.of("10.00", "DKK"), today,
                        "bench-" + item.number());
            }
            out.printf("booking %,d payments through the outbox …%n", items.size());
            int[] requests = {0};
            simulator.addExchangeListener(exchange -> requests[0]++);
            Bookkeeping bookkeeping = runtime.bean(Bookkeeping.class);
            long start = System.nanoTime();
            int sent = 0;
            while (true) {
                DrainResult drain = bookkeeping.sendOutbox(creditor);
                sent += drain.sent();
                if (drain.sent() == 0) {
                    break;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int left = runtime.bean(BookingOutbox.class).counts(creditor).getOrDefault(OutboxStatus.PENDING, 0);
            if (left > 0 || sent != items.size()) {
                throw new IllegalStateException(sent + " of " + items.size() + " sent, " + left + " still pending");
            }
            return new Result(sent, seconds, requests[0]);
        }
    }

    private CreditorId seed(DineroSimulator simulator, int count, PrintStream out) {
        out.printf("seeding %,d invoices in the Dinero simulator …%n", count);
        DineroOrganisation organisation = simulator.createOrganisation("Bench Bogføring ApS");
        Instant created = WallClock.clock().instant().minusSeconds(86_400 * 40L);
        List<UUID> contacts = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count / 10); i++) {
            contacts.add(simulator.addContact(organisation.id(), new NewContact("Debitor " + i, true, null, "Gade " + i,
                    "1000", "København", "DK", "debitor" + i + "@example.com", null, 14, true, false), created));
        }
        LocalDate date = simulator.today().minusDays(40);
        for (int i = 0; i < count; i++) {
            simulator.addBookedInvoice(organisation.id(), new NewInvoice(contacts.get(i % contacts.size()), date, 14,
                    "DKK", "Faktura", List.of(DineroLine.of("Ydelser", new BigDecimal("800.00")))), created, created);
        }
        Creditors creditors = runtime.bean(Creditors.class);
        Creditor creditor = creditors.register(new NewCreditor("Bench Bogføring ApS", "DK",
                new BulkBooks.CvrNumbers(32_000_000).next(), "DKK", "Europe/Copenhagen", date.minusDays(30)));
        creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                simulator.baseUrl().toString(), simulator.tokenUrl().toString(), String.valueOf(organisation.id()),
                organisation.credentials().asMap()));
        Ledger ledger = runtime.bean(Ledger.class);
        ledger.runSync(creditor.id(), ledger.queueSync(creditor.id(), "bench"));
        return creditor.id();
    }
}
