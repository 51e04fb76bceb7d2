package org.reskontro.connector.dinero;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * One list page asked for ahead of the walk, on a virtual thread of its own: the walk takes it when it gets there, or
 * drops it once it has come. What the request throws (a refusal, a fault after the client's retries) is thrown by {@link #take} as it
 * was, on the walk's thread, as if the walk had asked itself; a dropped page's failure is nobody's concern.
 */
final class PageAhead {

    /** No page ahead. */
    static final PageAhead NONE = new PageAhead(-1, null);

    private final int page;
    private final FutureTask<JsonNode> request;

    private PageAhead(int page, FutureTask<JsonNode> request) {
        this.page = page;
        this.request = request;
    }

    static PageAhead ask(int page, Supplier<JsonNode> fetch) {
        FutureTask<JsonNode> request = new FutureTask<>(fetch::get);
        Thread.ofVirtual().name("dinero-page-ahead-", page).start(request);
        return new PageAhead(page, request);
    }

    /** The page this asks for; -1 for none. */
    int page() {
        return page;
    }

    /** Waits for the page; throws what its request threw. */
    JsonNode take() {
        try {
            return request.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.cancel(true);
            throw new IllegalStateException("Interrupted while waiting for a list page", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("The list page asked ahead was dropped", e);
        }
    }

    /**
     * Gives up the page once its request has ended, whatever its outcome: when a walk returns or fails, every request
     * it started has ended, so none reaches the accounting system after the sync stopped (an interrupted one might
     * still, half sent) and none is counted against the next walk's rate limit or fault plan.
     */
    void drop() {
        if (request == null) {
            return;
        }
        try {
            request.get();
        } catch (ExecutionException | CancellationException e) {
            // a page nobody needs: its failure is nobody's concern
        } catch (InterruptedException e) {
            request.cancel(true);
            Thread.currentThread().interrupt();
        }
    }
}
