package org.reskontro.bookkeeping;

import java.time.Clock;
import org.reskontro.bookkeeping.outbox.BookkeepingTargets;
import org.reskontro.bookkeeping.persistence.SettingsRows;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;

/** Each creditor's bookkeeping settings: what it chose, else its accounting system's defaults. */
@Service
public class BookkeepingSettingsStore {

    private final SettingsRows rows;
    private final BookkeepingTargets targets;
    private final Clock clock;

    BookkeepingSettingsStore(SettingsRows rows, BookkeepingTargets targets, Clock clock) {
        this.rows = rows;
        this.targets = targets;
        this.clock = clock;
    }

    public BookkeepingSettings settings(CreditorId creditor) {
        return rows.find(creditor).orElseGet(() -> BookkeepingSettings.defaults(
                targets.system(creditor).orElse(AccountingSystemKind.DINERO)));
    }

    public BookkeepingSettings save(CreditorId creditor, BookkeepingSettings chosen) {
        rows.save(creditor, chosen, CurrentOperator.get().username(), clock.instant());
        return chosen;
    }
}
