package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.shared.DocumentKind;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.Fault;

/**
 * A list walk asks for the next page while the caller takes the items of this one: every page is still asked once
 * and in order, the items come in the list's order, and a page that fails fails the walk when it gets there, with
 * what a walk without the page ahead would have said.
 */
class DineroPageAheadTests {

    private static final DocumentQuery ALL = new DocumentQuery(DineroSandbox.ANCHOR.minusDays(400),
            DineroSandbox.ANCHOR, null);

    @Test
    void everyPageIsAskedOnceInOrderAndTheItemsComeInTheListsOrder() {
        try (DineroSandbox sandbox = DineroSandbox.withDemoData(12, 40, 420, 0)) {
            List<String> expected = bookedInvoices(sandbox);
            assertThat(expected).as("several pages of 100").hasSizeGreaterThan(300);

            List<String> listed = invoicesListed(sandbox);

            assertThat(listed).isEqualTo(expected);
            List<String> pages = invoicePagesAsked(sandbox);
            int full = expected.size() / 100;
            assertThat(pages.subList(0, full + 1)).as("the plain pass, page by page")
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, full)
                            .mapToObj(String::valueOf).toList());
        }
    }

    @Test
    void theNextPageIsAskedForWhileTheItemsOfThisOneAreTaken() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            CountDownLatch secondPageAsked = new CountDownLatch(1);
            sandbox.simulator.addExchangeListener(e -> {
                if (e.path().endsWith("/invoices") && "1".equals(page(e))) {
                    secondPageAsked.countDown();
                }
            });
            AtomicBoolean askedDuringTheFirstPage = new AtomicBoolean();
            AtomicInteger taken = new AtomicInteger();

            sandbox.open().documents(ALL, d -> {
                if (taken.getAndIncrement() == 0) {
                    askedDuringTheFirstPage.set(await(secondPageAsked));
                }
            });

            assertThat(askedDuringTheFirstPage).as("page 1 asked while page 0's first item was being taken").isTrue();
        }
    }

    @Test
    void aBrokenPageAskedAheadFailsTheWalkWhenItGetsThereAsItWouldHaveWithout() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.passThrough(), Fault.truncatedPage());
            List<ErpDocument> received = new ArrayList<>();

            assertThatThrownBy(() -> sandbox.open().documents(ALL, received::add))
                    .isInstanceOfSatisfying(AccountingSystemException.class, e -> {
                        assertThat(e.category()).isEqualTo(Category.MALFORMED_RESPONSE);
                        assertThat(e.getMessage()).startsWith("Dinero's answer to GET /v1/" + sandbox.organisationId()
                                + "/invoices page 1 does not follow the contract");
                    });
            assertThat(received).as("page 0 was taken before page 1 failed").hasSize(100);
            assertThat(invoicePagesAsked(sandbox)).containsExactly("0", "1");
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> invoicesListed(DineroSandbox sandbox) {
        List<String> listed = new ArrayList<>();
        sandbox.open().documents(ALL, d -> {
            if (d.kind() == DocumentKind.INVOICE && !d.deleted()) {
                listed.add(d.externalId());
            }
        });
        return listed;
    }

    private static List<String> bookedInvoices(DineroSandbox sandbox) {
        return sandbox.simulator.documents(sandbox.organisationId()).stream()
                .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted())
                .filter(d -> !d.date().isBefore(ALL.fromDate()) && !d.date().isAfter(ALL.toDate()))
                .sorted(Comparator.comparingLong(DineroDocument::number).reversed())
                .map(d -> d.guid().toString())
                .toList();
    }

    /** The page numbers of the invoice list's requests, in the order the simulator got them. */
    private static List<String> invoicePagesAsked(DineroSandbox sandbox) {
        return sandbox.exchanges.stream()
                .filter(e -> e.path().endsWith("/invoices"))
                .map(DineroPageAheadTests::page)
                .toList();
    }

    private static String page(DineroExchange exchange) {
        for (String pair : exchange.rawQuery().split("&")) {
            if (pair.startsWith("page=")) {
                return pair.substring("page=".length());
            }
        }
        return "?";
    }
}
