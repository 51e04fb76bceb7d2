package org.reskontro.charges.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.charges.Explanation;
import org.reskontro.charges.Explanation.Step;
import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterFee;
import org.reskontro.charges.LetterFeeQuery;
import org.reskontro.charges.LetterFees;
import org.reskontro.charges.LetterType;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.TariffRow;
import org.reskontro.shared.Money;

/**
 * The bookkeeping the country rules share while they walk a claim's letters in order: what was sent before, what
 * was charged, and the explanation of the letter at hand.
 */
public final class LetterRun {

    private final Tariffs tariffs;
    private final LetterFeeQuery query;
    private final List<LetterFee> decided = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private String statute = "";

    public LetterRun(Tariffs tariffs, LetterFeeQuery query) {
        this.tariffs = tariffs;
        this.query = query;
    }

    public LetterFeeQuery query() {
        return query;
    }

    public TariffRow value(TariffItem item, LocalDate date) {
        return tariffs.value(query.country(), item, query.debtor(), date);
    }

    public boolean has(TariffItem item, LocalDate date) {
        return tariffs.has(query.country(), item, query.debtor(), date);
    }

    public java.util.List<TariffRow> bands(TariffItem item, LocalDate date) {
        return tariffs.bands(query.country(), item, query.debtor(), date);
    }

    /** Letters decided so far (before the one at hand). */
    public List<LetterFee> earlier() {
        return decided;
    }

    public long charged(LetterType... types) {
        return decided.stream().filter(LetterFee::charged).filter(f -> List.of(types).contains(f.type())).count();
    }

    public LetterFee lastOf(LetterType... types) {
        for (int i = decided.size() - 1; i >= 0; i--) {
            if (List.of(types).contains(decided.get(i).type())) {
                return decided.get(i);
            }
        }
        return null;
    }

    public LetterFee lastChargedOf(LetterType... types) {
        for (int i = decided.size() - 1; i >= 0; i--) {
            if (decided.get(i).charged() && List.of(types).contains(decided.get(i).type())) {
                return decided.get(i);
            }
        }
        return null;
    }

    public Money chargedTotal() {
        Money total = Money.zero(query.principal().currency());
        for (LetterFee fee : decided) {
            total = total.plus(fee.amount());
        }
        return total;
    }

    public static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    public void step(String key, Object... args) {
        steps.add(Step.of(key, args));
    }

    public void statute(String text) {
        statute = text;
    }

    /** Whether the letter was sent after the due date; if not, records why no fee is due. */
    public boolean overdue(Letter letter) {
        if (!letter.sent().isAfter(query.dueDate())) {
            step("charges.letter.notOverdue", letter.sent(), query.dueDate());
            return false;
        }
        return true;
    }

    /** Whether at least {@code item} days have passed since the due date; if not, records why. */
    public boolean earliestAfterDue(Letter letter, TariffItem item) {
        TariffRow earliest = value(item, letter.sent());
        if (daysBetween(query.dueDate(), letter.sent()) < earliest.whole()) {
            step("charges.letter.tooEarly", letter.sent(), earliest.whole(), query.dueDate());
            statute(earliest.statute());
            return false;
        }
        return true;
    }

    /** Whether the letter comes at least {@code item} days after the previous letter of the given kinds. */
    public boolean spacedFrom(Letter letter, TariffItem item, LetterType... kinds) {
        return spaced(letter, item, lastOf(kinds));
    }

    /** Whether the letter comes at least {@code item} days after the previous fee-bearing letter of these kinds. */
    public boolean spacedFromCharged(Letter letter, TariffItem item, LetterType... kinds) {
        return spaced(letter, item, lastChargedOf(kinds));
    }

    private boolean spaced(Letter letter, TariffItem item, LetterFee previous) {
        if (previous == null || !has(item, letter.sent())) {
            return true;
        }
        TariffRow spacing = value(item, letter.sent());
        long days = daysBetween(previous.sent(), letter.sent());
        if (days < spacing.whole()) {
            step("charges.letter.tooClose", letter.sent(), days, previous.sent(), spacing.whole());
            statute(spacing.statute());
            return false;
        }
        return true;
    }

    /** Whether fewer than the item's maximum fees of these kinds were charged before. */
    public boolean belowMax(TariffItem item, LocalDate date, LetterType... kinds) {
        if (!has(item, date)) {
            return true;
        }
        TariffRow max = value(item, date);
        if (charged(kinds) >= max.whole()) {
            step("charges.letter.maxReached", max.whole());
            statute(max.statute());
            return false;
        }
        return true;
    }

    /** Whether no fee for a letter of this kind was charged before (some fees are once per claim). */
    public boolean notYetCharged(LetterType type) {
        if (charged(type) > 0) {
            step("charges.letter.once", type.wireName());
            return false;
        }
        return true;
    }

    /** Records the letter with no fee and the steps gathered for it. */
    public void noFee(Letter letter, String rule) {
        decide(letter, Money.zero(query.principal().currency()), rule);
    }

    /** Records the letter with the row's amount as its fee. */
    public void fee(Letter letter, TariffRow row, String rule) {
        Money amount = row.money();
        step("charges.letter.fee", amount.rounded(), letter.sent(), row.validFrom(), row.status());
        statute(row.statute());
        decide(letter, amount, rule);
    }

    public void decide(Letter letter, Money amount, String rule) {
        decided.add(new LetterFee(letter.type(), letter.sent(), amount.rounded(),
                new Explanation(query.country() + "." + rule, statute, steps)));
        steps.clear();
        statute = "";
    }

    public LetterFees result() {
        return new LetterFees(decided, chargedTotal().rounded());
    }
}
