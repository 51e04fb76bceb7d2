package org.reskontro.bookkeeping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.bookkeeping.persistence.ChargeRows;
import org.reskontro.ledger.ChargeDocuments;
import org.reskontro.ledger.ClaimLine;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.stereotype.Service;

/**
 * Each invoice with its fees and interest as one line, and the legal split of what was paid on it (S-SYNC-5,
 * S-FEE-6). Paid on the line is the invoice's paid part plus what its charge documents no longer have open, so a
 * payment the accounting system matched to the invoice itself still covers the fees first, as the law orders.
 */
@Service
public class Claims {

    private final ChargeDocuments documents;
    private final ChargeRows charges;

    Claims(ChargeDocuments documents, ChargeRows charges) {
        this.documents = documents;
        this.charges = charges;
    }

    public List<ClaimView> lines(CreditorId creditor, String debtorExternalId, int limit) {
        List<ClaimLine> lines = documents.claimLines(creditor, debtorExternalId, limit);
        Map<UUID, BigDecimal[]> claimed = charges.claimedByDocument(creditor,
                lines.stream().map(l -> l.invoice().documentId()).toList());
        List<ClaimView> views = new ArrayList<>();
        for (ClaimLine line : lines) {
            if (line.invoice().kind() != org.reskontro.shared.DocumentKind.INVOICE) {
                Money zero = Money.zero(line.invoice().open().currency());
                views.add(new ClaimView(line, new LegalAllocation.Split(zero, zero, zero, line.invoice().open())));
                continue; // a credit note's remainder is owed to the debtor; there is nothing to allocate
            }
            BigDecimal[] charged = claimed.getOrDefault(line.invoice().documentId(),
                    new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            var currency = line.invoice().open().currency();
            Money fees = new Money(charged[0], currency);
            Money interest = new Money(charged[1], currency);
            Money principal = line.invoice().total();
            Money paid = principal.minus(line.invoice().open()).plus(fees.minus(line.feesOpen()))
                    .plus(interest.minus(line.interestOpen()));
            if (paid.amount().signum() < 0) {
                paid = Money.zero(currency); // a charge document not mirrored yet shows nothing open nor paid
            }
            views.add(new ClaimView(line, LegalAllocation.allocate(principal, interest, fees, paid,
                    LegalAllocation.DEFAULT_ORDER)));
        }
        return views;
    }
}
