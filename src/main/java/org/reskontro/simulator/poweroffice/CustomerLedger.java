package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One client's customer sub-ledger: its entries and the match groups among them. Joining entries merges their
 * groups; leaving one re-settles the rest, and a group of one is no group. Not thread-safe: {@link ClientBooks}
 * guards it.
 */
final class CustomerLedger {

    private final Map<Long, LedgerEntry> entries = new TreeMap<>();
    private final Map<Long, Set<Long>> groups = new TreeMap<>();
    private long nextEntryId = 880_000_000;
    private long nextMatchId = 1;

    /** Entry ids and voucher line ids share one sequence, as ids assigned by Go at posting. */
    long nextId() {
        return nextEntryId++;
    }

    void put(LedgerEntry entry) {
        entries.put(entry.id(), entry);
    }

    LedgerEntry entry(long id) {
        LedgerEntry entry = entries.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("No ledger entry " + id);
        }
        return entry;
    }

    List<LedgerEntry> entries() {
        return List.copyOf(entries.values());
    }

    List<LedgerEntry> match(long matchId) {
        return groups.getOrDefault(matchId, Set.of()).stream().map(entries::get).toList();
    }

    boolean hasVoucher(UUID voucherId) {
        return entries.values().stream().anyMatch(e -> e.voucherId().equals(voucherId));
    }

    /** Puts the entries, and everything already matched with them, into one match group. */
    void join(List<Long> entryIds, Instant at) {
        Set<Long> members = new LinkedHashSet<>();
        Long matchId = null;
        for (long id : entryIds) {
            Long group = entry(id).matchId();
            if (group != null) {
                members.addAll(groups.remove(group));
                matchId = matchId == null ? group : Math.min(matchId, group);
            } else {
                members.add(id);
            }
        }
        settle(matchId != null ? matchId : nextMatchId++, members, at);
    }

    void leave(long entryId, Instant at) {
        LedgerEntry entry = entry(entryId);
        if (entry.matchId() == null) {
            return;
        }
        Set<Long> rest = new LinkedHashSet<>(groups.remove(entry.matchId()));
        rest.remove(entryId);
        entries.put(entryId, entry.matched(null, entry.amount(), at));
        if (rest.size() == 1) {
            LedgerEntry last = entries.get(rest.iterator().next());
            entries.put(last.id(), last.matched(null, last.amount(), at));
        } else if (!rest.isEmpty()) {
            settle(entry.matchId(), rest, at);
        }
    }

    private void settle(long matchId, Set<Long> members, Instant at) {
        List<LedgerEntry> ordered = members.stream().sorted().map(entries::get).toList();
        List<BigDecimal> balances = Matching.balances(ordered);
        for (int i = 0; i < ordered.size(); i++) {
            entries.put(ordered.get(i).id(), ordered.get(i).matched(matchId, balances.get(i), at));
        }
        groups.put(matchId, new TreeSet<>(members));
    }
}
