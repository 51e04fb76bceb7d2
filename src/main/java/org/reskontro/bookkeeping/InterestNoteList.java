package org.reskontro.bookkeeping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reskontro.bookkeeping.persistence.ChargeRows;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.Letterhead;
import org.reskontro.notification.Channel;
import org.reskontro.notification.NoticeKind;
import org.reskontro.notification.NoticeLine;
import org.reskontro.notification.NoticeRequest;
import org.reskontro.notification.Notifications;
import org.reskontro.notification.Recipient;
import org.reskontro.notification.Sender;
import org.reskontro.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The list of interest notes booked since the last list, e-mailed to the creditor's configured address (S-FEE-3; no
 * address, no mail). A posting that died after sending notes leaves them for the next list; the notice is keyed by
 * the range of notes it lists, so dispatching the same list again (a crash before the cursor moved) sends nothing.
 */
@Component
class InterestNoteList {

    private final ChargeRows charges;
    private final Notifications notifications;
    private final Creditors creditors;

    InterestNoteList(ChargeRows charges, Notifications notifications, Creditors creditors) {
        this.charges = charges;
        this.notifications = notifications;
        this.creditors = creditors;
    }

    /** Returns how many notes the mail listed (0: nothing booked, or no address). */
    int send(Creditor creditor, BookkeepingSettings settings, Instant postingStarted) {
        List<ChargeView> notes = charges.interestNotesSentAfter(creditor.id(), charges.notesListedUpTo(creditor.id()));
        if (notes.isEmpty()) {
            return 0;
        }
        long last = notes.getLast().seq();
        if (settings.notesEmail() == null) {
            charges.notesListed(creditor.id(), last); // no address, no mail; an address set later lists new notes
            return 0;
        }
        Locale language = ChargeTexts.language(creditor.country());
        List<NoticeLine> lines = new ArrayList<>();
        for (ChargeView note : notes) {
            lines.add(new NoticeLine(String.valueOf(note.externalNumber() == null ? note.seq() : note.externalNumber()),
                    note.chargedOn(), null, note.amount(), null, null, null,
                    "→ " + note.documentNumber() + " · " + note.debtorExternalId()));
        }
        Money total = lines.stream().map(NoticeLine::total).reduce(Money::plus).orElseThrow();
        Letterhead letterhead = creditors.letterhead(creditor.id());
        NoticeRequest request = NoticeRequest.builder(creditor.id(),
                        "interest-notes:" + notes.getFirst().seq() + "-" + last,
                        NoticeKind.INTEREST_NOTE_LIST)
                .channel(Channel.EMAIL).language(language)
                .sender(sender(creditor, letterhead))
                .recipient(new Recipient(creditor.name(), settings.notesEmail(), List.of(), creditor.country()))
                .date(LocalDate.ofInstant(postingStarted, creditor.timeZone())).lines(lines).total(total).build();
        notifications.dispatch(request);
        charges.notesListed(creditor.id(), last);
        return notes.size();
    }

    private static Sender sender(Creditor creditor, Letterhead letterhead) {
        return new Sender(creditor.name(), creditor.organisationNumber().value(), letterhead.address(),
                letterhead.email(), letterhead.phone(), letterhead.paymentAccount(), letterhead.logoPng());
    }
}
