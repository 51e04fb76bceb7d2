package org.reskontro.dunning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.reskontro.creditors.Creditor;
import org.reskontro.dunning.persistence.IssuedRows;
import org.reskontro.dunning.persistence.OutstandingListRows;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.OpenItem;
import org.reskontro.notification.NoticeKind;
import org.reskontro.notification.NoticeLine;
import org.reskontro.notification.NoticeOutcome;
import org.reskontro.notification.NoticeRequest;
import org.reskontro.notification.Notifications;
import org.reskontro.notification.Recipient;
import org.reskontro.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The creditor's list of outstanding invoices (S-DOC-3): what is open (per invoice, with its debtor and the last
 * step sent), and what will happen in the next seven days if nothing is paid. Sent as a PDF by e-mail on the chosen
 * weekdays, once a day at most (the notice is keyed by creditor and day).
 */
@Component
class OutstandingList {

    private static final int NEXT_DAYS = 7;
    private static final int MAX_LINES = 5_000;

    private final OutstandingListRows settings;
    private final Ledger ledger;
    private final IssuedRows issued;
    private final Notifications notifications;
    private final MessageSource messages;
    private final org.reskontro.creditors.Creditors creditors;

    OutstandingList(OutstandingListRows settings, Ledger ledger, IssuedRows issued, Notifications notifications,
                    MessageSource messages, org.reskontro.creditors.Creditors creditors) {
        this.settings = settings;
        this.ledger = ledger;
        this.issued = issued;
        this.notifications = notifications;
        this.messages = messages;
        this.creditors = creditors;
    }

    /** Sends today's list if today is one of the creditor's weekdays; empty when not due or not configured. */
    java.util.Optional<NoticeOutcome> sendIfDue(Creditor creditor, LocalDate today, List<PreviewEntry> coming) {
        return settings.find(creditor.id()).filter(s -> s.weekdays().contains(today.getDayOfWeek()))
                .map(s -> send(creditor, s.email(), today, coming));
    }

    NoticeOutcome send(Creditor creditor, String email, LocalDate today, List<PreviewEntry> coming) {
        Locale language = LetterDispatch.language(creditor.country());
        Map<UUID, String> lastSent = new HashMap<>();
        issued.lastSteps(creditor.id()).forEach((document, step) -> lastSent.put(document,
                text("dunning.type." + step.type(), language) + " " + step.issuedOn()));
        List<NoticeLine> lines = new ArrayList<>();
        for (OpenItem item : ledger.openItems(creditor.id(), null, MAX_LINES)) {
            if (!item.open().isPositive()) {
                continue;
            }
            String note = item.debtorName() + (lastSent.containsKey(item.documentId())
                    ? " · " + lastSent.get(item.documentId()) : "");
            lines.add(new NoticeLine(String.valueOf(item.number()), item.issueDate(), item.dueDate(), item.open(),
                    null, null, null, note));
        }
        StringBuilder next = new StringBuilder();
        coming.stream().filter(p -> p.on().isBefore(today.plusDays(NEXT_DAYS + 1))).limit(200).forEach(p ->
                next.append(p.on().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(": ")
                        .append(text("dunning.type." + p.stepType(), language)).append(" · ").append(p.debtorName())
                        .append(" · ").append(p.number()).append('\n'));
        if (next.isEmpty()) {
            next.append(text("dunning.preview.none", language));
        }
        Money total = lines.stream().map(NoticeLine::total).reduce(Money::plus)
                .orElse(Money.zero(creditor.currency()));
        NoticeRequest request = NoticeRequest.builder(creditor.id(), "outstanding-list:" + today,
                        NoticeKind.OUTSTANDING_LIST)
                .channel(org.reskontro.notification.Channel.EMAIL).language(language)
                .sender(LetterDispatch.sender(creditor, creditors.letterhead(creditor.id())))
                .recipient(new Recipient(creditor.name(), email, List.of(), creditor.country()))
                .date(today).lines(lines).total(total).closingText(next.toString().strip()).build();
        return notifications.dispatch(request);
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, key, language);
    }
}
