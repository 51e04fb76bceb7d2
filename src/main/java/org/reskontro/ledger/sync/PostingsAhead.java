package org.reskontro.ledger.sync;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.reskontro.ledger.spi.ErpPosting;
import org.reskontro.ledger.spi.LedgerSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receivables postings of a full sweep, read on a thread of their own while the documents are still listed
 * (ADR 12, "reading ahead"): the two are independent requests, and read one after the other each side mostly waits
 * for the other process. Whether the run derives balances is known only after the listing, so the read starts once
 * the listing has seen enough documents that derivation is likely ({@code worthStarting}), and is cancelled when it
 * turns out not to be wanted; its staged rows then go with the run's. A failure on either side ends both: the
 * listing checks the read on every document, and the read stops when cancelled. Not started, {@link #read} reads
 * on the caller's thread, as a sync did before.
 */
final class PostingsAhead implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostingsAhead.class);

    /** Thrown into the connector's loop by the sink once cancelled, so the read stops at the next posting. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final LedgerSource source;
    private final LocalDate from;
    private final Consumer<ErpPosting> sink;
    private final String run;
    private final IntPredicate worthStarting;
    private Thread thread;
    private volatile boolean cancelled;
    private volatile RuntimeException failure;
    private volatile long tookNanos;

    /**
     * {@code sink} stages each posting (from the reading thread once started); {@code run} names the run in the log
     * and the thread; {@code worthStarting} is asked with the number of documents listed so far, null never reads
     * ahead.
     */
    PostingsAhead(LedgerSource source, LocalDate from, Consumer<ErpPosting> sink, String run,
            IntPredicate worthStarting) {
        this.source = source;
        this.from = from;
        this.sink = sink;
        this.run = run;
        this.worthStarting = worthStarting;
    }

    /** After each listed document: starts the read when it is worth it, and fails the listing when the read failed. */
    void listed(int documentsSoFar) {
        if (thread == null) {
            if (worthStarting != null && worthStarting.test(documentsSoFar)) {
                start();
            }
            return;
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * The postings, staged: waits for the read ahead (its failure is the run's), or reads them now. Returns how long
     * the read ahead took on its own thread, 0 when it read now.
     */
    long read() {
        if (thread == null) {
            source.receivablePostings(from, this::stage);
            return 0;
        }
        joinUninterruptibly();
        if (failure != null) {
            throw failure;
        }
        return tookNanos;
    }

    /** Ends a read still running (the run failed, or does not derive) and waits for it, so nothing stages later. */
    @Override
    public void close() {
        if (thread == null || !thread.isAlive()) {
            return;
        }
        cancelled = true;
        thread.interrupt();
        joinUninterruptibly();
        log.info("{}: the receivables postings read ahead were not used", run);
    }

    private void start() {
        thread = Thread.ofPlatform().daemon().name("postings ahead: " + run).unstarted(() -> {
            long start = System.nanoTime();
            try {
                source.receivablePostings(from, this::stage);
            } catch (Throwable e) { // anything, or the run would derive from a part of the postings
                if (!cancelled) {
                    failure = e instanceof RuntimeException r ? r
                            : new IllegalStateException("Reading the receivables postings failed: " + e, e);
                }
            } finally {
                tookNanos = System.nanoTime() - start;
            }
        });
        thread.start();
    }

    private void stage(ErpPosting posting) {
        if (cancelled) {
            throw new Cancelled();
        }
        sink.accept(posting);
    }

    private void joinUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
