package org.reskontro.connector.poweroffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.simulator.poweroffice.Fault;
import org.reskontro.simulator.poweroffice.OutgoingInvoice;

/**
 * PowerOffice Go pages by offset (PageNumber, PageSize) without a snapshot. Pages of 100, so the invoice list takes
 * several; the simulator shifts one page's window as if items ahead of it had left or entered the list.
 */
class PowerOfficeListDriftTests {

    private static final DocumentQuery ALL = new DocumentQuery(PowerOfficeSandbox.ANCHOR.minusDays(120),
            PowerOfficeSandbox.ANCHOR, null);

    @Test
    void aListThatShrankBetweenTwoPagesIsReadAgainFromThePageBeforeSoNothingSlidesPast() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            readCustomers(source);
            Set<String> expected = invoicesInRange(sandbox);
            assertThat(expected).hasSizeGreaterThan(200);
            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.passThrough(), Fault.listShifted(1));

            List<ErpDocument> listed = new ArrayList<>();
            source.documents(ALL, listed::add);

            assertThat(ids(listed)).isEqualTo(expected);
            assertThat(source.takeNotes()).first().asString()
                    .contains("GET /OutgoingInvoices: the list shrank from " + expected.size() + " to "
                            + (expected.size() - 1) + " items between pages 1 and 2")
                    .contains("pages from 1 on were read again: page re-read after the list changed");
        }
    }

    @Test
    void aListThatGrewBetweenTwoPagesRepeatsAnItemAndMissesNothing() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            readCustomers(source);
            Set<String> expected = invoicesInRange(sandbox);
            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.passThrough(), Fault.listShifted(-1));

            List<ErpDocument> listed = new ArrayList<>();
            source.documents(ALL, listed::add);

            assertThat(ids(listed)).isEqualTo(expected);
            // The shift is a one-page fault, so the list looks as if it shrank back on the next page, and the walk
            // also reads that stretch again: more repeats, still nothing missed.
            assertThat(listed.size()).isGreaterThan(expected.size());
            assertThat(source.takeNotes()).first().asString().contains("the list grew from " + expected.size()
                    + " to " + (expected.size() + 1) + " items between pages 1 and 2");
        }
    }

    private static Set<String> invoicesInRange(PowerOfficeSandbox sandbox) {
        return sandbox.simulator.invoices(sandbox.clientId()).stream()
                .filter(i -> !i.voucherDate().isBefore(ALL.fromDate()) && !i.voucherDate().isAfter(ALL.toDate()))
                .map(OutgoingInvoice::id).map(Object::toString).collect(Collectors.toSet());
    }

    private static Set<String> ids(List<ErpDocument> listed) {
        return listed.stream().map(ErpDocument::externalId).collect(Collectors.toSet());
    }

    private static void readCustomers(LedgerSource source) {
        source.customers(null, customer -> { });
    }
}
