package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.Fault;
import org.reskontro.simulator.dinero.NewInvoice;

/**
 * Dinero pages by offset without a snapshot: a voucher deleted or booked between two page requests moves every later
 * item one place. Pages of 100 over about 150 invoices, so the invoice list takes two pages.
 */
class DineroListDriftTests {

    private static final DocumentQuery ALL = new DocumentQuery(DineroSandbox.ANCHOR.minusDays(120),
            DineroSandbox.ANCHOR, null);

    @Test
    void anInvoiceDeletedBetweenTwoPagesMakesTheWalkReadAgainSoTheItemThatSlidForwardIsNotMissed() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            List<DineroDocument> before = bookedInvoices(sandbox);
            assertThat(before).hasSizeGreaterThan(100);
            DineroDocument first = before.getFirst(); // the highest number: first on page 0 of Dinero's default order
            DineroDocument slides = before.get(100);  // first on page 1 until the deletion moves it onto page 0
            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.deletedAfterwards(first.guid()));
            LedgerSource source = sandbox.open();

            List<ErpDocument> listed = readDocuments(source);

            Map<String, ErpDocument> last = lastListing(listed);
            assertThat(last).containsKey(slides.guid().toString());
            assertThat(last.get(first.guid().toString()).deleted()).as("the deleted pass names it").isTrue();
            assertThat(live(last)).isEqualTo(guids(bookedInvoices(sandbox)));
            assertThat(source.takeNotes()).singleElement().asString()
                    .contains("GET /v1/" + sandbox.organisationId() + "/invoices: the list shrank from "
                            + before.size() + " to " + (before.size() - 1) + " items between pages 0 and 1")
                    .contains("page re-read after the list changed");
            assertThat(source.takeNotes()).as("taking empties them").isEmpty();
        }
    }

    @Test
    void anInvoiceBookedBetweenTwoPagesMakesOneItemComeTwiceAndNothingIsMissed() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            List<DineroDocument> before = bookedInvoices(sandbox);
            DineroDocument repeated = before.get(99); // last on page 0, pushed onto page 1 by the new first invoice
            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.bookedAfterwards(
                    NewInvoice.of(before.getFirst().contactGuid(), DineroSandbox.ANCHOR, new BigDecimal("800.00"))));
            LedgerSource source = sandbox.open();

            List<ErpDocument> listed = readDocuments(source);

            assertThat(listed.stream().filter(d -> d.externalId().equals(repeated.guid().toString()))).hasSize(2);
            assertThat(live(lastListing(listed))).isEqualTo(guids(before));
            assertThat(source.takeNotes()).singleElement().asString().contains("the list grew from " + before.size()
                    + " to " + (before.size() + 1) + " items between pages 0 and 1");
        }
    }

    private static List<DineroDocument> bookedInvoices(DineroSandbox sandbox) {
        return sandbox.simulator.documents(sandbox.organisationId()).stream()
                .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted())
                .filter(d -> !d.date().isBefore(ALL.fromDate()) && !d.date().isAfter(ALL.toDate()))
                .sorted(Comparator.comparingLong(DineroDocument::number).reversed())
                .toList();
    }

    private static List<ErpDocument> readDocuments(LedgerSource source) {
        List<ErpDocument> listed = new ArrayList<>();
        source.documents(ALL, d -> {
            if (d.kind() == DocumentKind.INVOICE) {
                listed.add(d);
            }
        });
        return listed;
    }

    /** Each document as last listed, which is what the ledger keeps of one listed twice. */
    private static Map<String, ErpDocument> lastListing(List<ErpDocument> listed) {
        return listed.stream().collect(Collectors.toMap(ErpDocument::externalId, Function.identity(), (a, b) -> b));
    }

    private static Set<String> live(Map<String, ErpDocument> last) {
        return last.values().stream().filter(d -> !d.deleted()).map(ErpDocument::externalId)
                .collect(Collectors.toSet());
    }

    private static Set<String> guids(List<DineroDocument> documents) {
        return documents.stream().map(d -> d.guid().toString()).collect(Collectors.toSet());
    }
}
