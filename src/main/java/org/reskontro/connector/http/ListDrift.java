package org.reskontro.connector.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.LedgerSource;

/**
 * What a connector walking an offset-paged list does when the list's size changes between two pages. Offset paging
 * has no snapshot: an item that leaves the list ahead of the next page's offset moves every later item one place
 * forward, so the item that was first on the next page slides onto a page already read and is never seen; one that
 * enters moves them back, so an item already read comes again (the ledger counts it once, its last listing winning).
 * A list that shrank by {@code n} between two pages has at most {@code n} items slid past the offset, all within the
 * {@code n} places before it, so rewinding that many places (whole pages) and reading on from there under the new
 * state misses nothing. Notes for the run's history are collected for {@link LedgerSource#takeNotes()}.
 */
public final class ListDrift {

    /** Rewinds allowed per list: a list that keeps shrinking while it is read is read again in a later sync. */
    public static final int MAX_REWINDS = 20;

    private final String system;
    private final List<String> notes = new ArrayList<>();

    public ListDrift(String system) {
        this.system = system;
    }

    /**
     * The page to read next after {@code page} (0-based), whose answer counts {@code total} items where the page
     * before counted {@code previous}: {@code page + 1}, or an earlier page when the list shrank.
     * {@code firstPage} is how the list numbers its first page (0 or 1), for the note.
     *
     * @param rewinds how often this list was rewound already
     */
    public synchronized int nextPage(String list, int page, int firstPage, int pageSize, long previous, long total,
            int rewinds) {
        if (total >= previous) {
            if (total > previous) {
                notes.add(String.format(Locale.ROOT, "%s: the list grew from %,d to %,d items between pages %d and %d"
                        + " (items entered it while it was read); what came twice counts once", list, previous,
                        total, page - 1 + firstPage, page + firstPage));
            }
            return page + 1;
        }
        if (rewinds >= MAX_REWINDS) {
            throw new AccountingSystemException(AccountingSystemException.Category.SERVER_ERROR, system + "'s list "
                    + list + " kept shrinking while it was read page by page (" + MAX_REWINDS + " pages read again);"
                    + " try again later");
        }
        long gone = previous - total;
        int back = (int) Math.min(page, (gone + pageSize - 1) / pageSize);
        int from = page - back;
        notes.add(String.format(Locale.ROOT, "%s: the list shrank from %,d to %,d items between pages %d and %d (items "
                + "left it while it was read), so pages from %d on were read again: page re-read after the list "
                + "changed, nothing slid past unseen", list, previous, total, page - 1 + firstPage, page + firstPage,
                from + firstPage));
        return from;
    }

    public synchronized List<String> take() {
        List<String> taken = List.copyOf(notes);
        notes.clear();
        return taken;
    }
}
