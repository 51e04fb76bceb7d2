package org.reskontro.testing;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.simulator.dinero.DineroDemoData;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;

/** A Danish creditor on its own generated organisation in the shared Dinero simulator, connected and ready to sync. */
public final class SimulatedDinero {

    /** One counter for every test, so no two organisations share a seed (and so an id). */
    private static final AtomicLong SEEDS = new AtomicLong(100_000);

    public record Connected(DineroOrganisation organisation, Creditor creditor) {
    }

    private SimulatedDinero() {
    }

    /** {@code contacts} debtors and {@code invoices} invoices over 120 days; the start date lies {@code startDaysBack} days back. */
    public static Connected creditor(Creditors creditors, DineroSimulator simulator, String name, int contacts,
            int invoices, int startDaysBack) {
        DineroOrganisation organisation = new DineroDemoData(SEEDS.incrementAndGet(), simulator.today(), name, contacts,
                invoices).loadInto(simulator);
        Creditor creditor = TestCreditors.danish(creditors, name, simulator.today().minusDays(startDaysBack));
        return new Connected(organisation, connect(creditors, simulator, creditor, organisation,
                organisation.credentials().asMap()));
    }

    /**
     * What the mirror should hold open for the organisation: booked, undeleted documents dated from the start date
     * with money open, signed like the mirror (credit notes negative), by guid.
     */
    public static java.util.Map<String, java.math.BigDecimal> expectedOpen(DineroSimulator simulator, int organisation,
            LocalDate startDate) {
        return simulator.documents(organisation).stream()
                .filter(d -> d.booked() && !d.deleted() && !d.date().isBefore(startDate))
                .filter(d -> d.remainingAmount().signum() > 0)
                .collect(java.util.stream.Collectors.toMap(d -> d.guid().toString(),
                        d -> d.kind() == org.reskontro.simulator.dinero.DineroDocumentKind.CREDIT_NOTE
                                ? d.remainingAmount().negate().stripTrailingZeros()
                                : d.remainingAmount().stripTrailingZeros()));
    }

    /**
     * I1 against the simulator's own books: every mirrored document holds what Dinero leaves open on it (an overpaid
     * invoice negative, a credit note what it still gives back, negated; a deleted one nothing), and no open invoice
     * dated from the start date is missing. {@code mirrored}: every mirrored document's open amount by external id.
     */
    public static void assertMirrorEqualsBooks(DineroSimulator simulator, int organisation, LocalDate startDate,
            Map<String, java.math.BigDecimal> mirrored) {
        for (org.reskontro.simulator.dinero.DineroDocument document : simulator.documents(organisation)) {
            if (!document.booked() || document.date().isBefore(startDate)) {
                continue;
            }
            boolean creditNote = document.kind() == org.reskontro.simulator.dinero.DineroDocumentKind.CREDIT_NOTE;
            java.math.BigDecimal expected = document.deleted() ? java.math.BigDecimal.ZERO
                    : creditNote ? document.remainingAmount().max(java.math.BigDecimal.ZERO).negate()
                    : document.remainingAmount();
            java.math.BigDecimal mine = mirrored.get(document.guid().toString());
            if (mine != null) {
                org.assertj.core.api.Assertions.assertThat(mine).as("document %s (%s, deleted %s, payments %s)",
                        document.number(), document.kind(), document.deleted(), document.payments().size())
                        .isEqualByComparingTo(expected);
            } else {
                org.assertj.core.api.Assertions.assertThat(expected.signum() > 0 && !creditNote)
                        .as("open invoice %s missing from the mirror", document.number()).isFalse();
            }
        }
    }

    /** Points the creditor at the simulator with these credentials (a subset keeps the others stored). */
    public static Creditor connect(Creditors creditors, DineroSimulator simulator, Creditor creditor,
            DineroOrganisation organisation, Map<String, String> credentials) {
        return creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                simulator.baseUrl().toString(), simulator.tokenUrl().toString(), String.valueOf(organisation.id()),
                credentials));
    }
}
