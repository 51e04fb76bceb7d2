package org.reskontro.ledger.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPosting;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.Money;

/** The postings read alongside the listing: when it starts, what it hands over, and how it fails and stops. */
class PostingsAheadTests {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    final List<ErpPosting> staged = new CopyOnWriteArrayList<>();
    final List<String> stagedOn = new CopyOnWriteArrayList<>();
    final Consumer<ErpPosting> sink = posting -> {
        staged.add(posting);
        stagedOn.add(Thread.currentThread().getName());
    };

    @Test
    void neverStartedItReadsOnTheCallersThreadWhenAskedFor() {
        PostingsSource source = new PostingsSource(out -> out.accept(posting(1)));
        try (PostingsAhead ahead = new PostingsAhead(source, FROM, sink, "run A", null)) {
            ahead.listed(1_000_000);
            assertThat(source.reads).as("nothing read while listing").isZero();

            assertThat(ahead.read()).isZero();
        }
        assertThat(staged).containsExactly(posting(1));
        assertThat(stagedOn).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void itStartsOnceTheListingMakesItWorthItAndHandsOverEverythingItRead() {
        PostingsSource source = new PostingsSource(out -> {
            for (int i = 1; i <= 500; i++) {
                out.accept(posting(i));
            }
        });
        try (PostingsAhead ahead = new PostingsAhead(source, FROM, sink, "run B", listed -> listed >= 3)) {
            ahead.listed(1);
            ahead.listed(2);
            assertThat(source.reads).isZero();
            ahead.listed(3);
            ahead.listed(4);

            assertThat(ahead.read()).as("the time it took on its own thread").isPositive();
        }
        assertThat(source.reads).as("read once").isEqualTo(1);
        assertThat(staged).hasSize(500).startsWith(posting(1)).endsWith(posting(500));
        assertThat(stagedOn).allMatch(name -> name.equals("postings ahead: run B"));
    }

    @Test
    void aFailedReadFailsTheListingAtItsNextDocumentAndTheReadItself() {
        AccountingSystemException refused = new AccountingSystemException(Category.RATE_LIMITED, "slow down");
        PostingsSource source = new PostingsSource(out -> {
            out.accept(posting(1));
            throw refused;
        });
        PostingsAhead ahead = new PostingsAhead(source, FROM, sink, "run C", listed -> true);
        ahead.listed(1);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThatThrownBy(() -> ahead.listed(2)).isSameAs(refused));
        assertThatThrownBy(ahead::read).isSameAs(refused);
        ahead.close();
    }

    @Test
    void closingStopsARunningReadAndNothingIsStagedAfterIt() throws InterruptedException {
        CountDownLatch firstStaged = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        PostingsSource source = new PostingsSource(out -> {
            out.accept(posting(1));
            firstStaged.countDown();
            try {
                never.await(); // a slow accounting system; closing interrupts the wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.accept(posting(2)); // refused by the cancelled sink: the read ends here
            out.accept(posting(3));
        });
        PostingsAhead ahead = new PostingsAhead(source, FROM, sink, "run D", listed -> true);
        ahead.listed(1);
        firstStaged.await();

        ahead.close();

        assertThat(staged).containsExactly(posting(1));
        assertThatCode(() -> ahead.listed(2)).as("a cancelled read is not a failure").doesNotThrowAnyException();
    }

    private static ErpPosting posting(int n) {
        return new ErpPosting("entry-" + n, "5820", "invoice-" + n, "customer-1", FROM.plusDays(n % 28),
                Money.of("10.00", "DKK"), "Betaling " + n);
    }

    /** A ledger source that only lists postings, as {@code read} says. */
    private static final class PostingsSource implements LedgerSource {

        private final Consumer<Consumer<ErpPosting>> read;
        volatile int reads;

        PostingsSource(Consumer<Consumer<ErpPosting>> read) {
            this.read = read;
        }

        @Override
        public void receivablePostings(LocalDate from, Consumer<ErpPosting> sink) {
            reads++;
            read.accept(sink);
        }

        @Override
        public boolean listsReceivablePostings() {
            return true;
        }

        @Override
        public void customers(Instant changedSince, Consumer<ErpCustomer> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void documents(DocumentQuery query, Consumer<ErpDocument> sink) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DocumentBalance balance(ErpDocument document) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int requestCount() {
            return reads;
        }
    }
}
