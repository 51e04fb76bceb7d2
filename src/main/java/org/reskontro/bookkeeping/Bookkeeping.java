package org.reskontro.bookkeeping;

import org.reskontro.bookkeeping.DrainResult;
import org.reskontro.bookkeeping.outbox.OutboxSender;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;

/**
 * Bookkeeping in the creditor's cycle: fee posting first (S-FEE-1..4), payment monitoring second (S-FEE-6), and the
 * outbox's store-and-forward sending in between cycles (S-SYNC-7). The outbox as people steer it is {@link BookingOutbox};
 * charges and write-offs are {@link BookedCharges}.
 */
@Service
public class Bookkeeping {

    private final Creditors creditors;
    private final BookkeepingSettingsStore settings;
    private final FeePosting posting;
    private final OutboxSender sender;
    private final PaymentMonitoring monitoring;
    private final InterestNoteList noteList;

    Bookkeeping(Creditors creditors, BookkeepingSettingsStore settings, FeePosting posting, OutboxSender sender,
                PaymentMonitoring monitoring, InterestNoteList noteList) {
        this.creditors = creditors;
        this.settings = settings;
        this.posting = posting;
        this.sender = sender;
        this.monitoring = monitoring;
        this.noteList = noteList;
    }

    /** Queues bookings for what dunning charged, sends the outbox in order, then mails the list of interest notes. */
    public FeePostingSummary postFees(CreditorId id) {
        Creditor creditor = creditors.get(id).orElseThrow(() -> new InvalidBookkeepingException("No such creditor: " + id));
        BookkeepingSettings chosen = settings.settings(id);
        FeePosting.Queued queued = posting.queueNewCharges(creditor, chosen);
        DrainResult drain = sender.drain(id);
        int listed = noteList.send(creditor, chosen, queued.at());
        return new FeePostingSummary(queued.count(), drain, listed);
    }

    /** Sends what waits in the outbox now, without queuing anything new. */
    public DrainResult sendOutbox(CreditorId creditor) {
        return sender.drain(creditor);
    }

    /** Whether the creditor's outbox has a row that may be sent now. */
    public boolean hasDue(CreditorId creditor) {
        return sender.hasDue(creditor);
    }

    public MonitoringSummary monitorPayments(CreditorId creditor) {
        return monitoring.run(creditor);
    }
}
