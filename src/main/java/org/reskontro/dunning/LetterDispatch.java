package org.reskontro.dunning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.reskontro.charges.Explanation;
import org.reskontro.charges.ExplanationTexts;
import org.reskontro.charges.reference.ReferenceScheme;
import org.reskontro.creditors.Creditor;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.persistence.IssuedRows;
import org.reskontro.dunning.persistence.IssuedRows.IssuedRow;
import org.reskontro.dunning.persistence.IssuedRows.LetterRow;
import org.reskontro.ledger.DebtorContact;
import org.reskontro.ledger.DebtorDirectory;
import org.reskontro.ledger.Documents;
import org.reskontro.notification.Attachment;
import org.reskontro.notification.Channel;
import org.reskontro.notification.NoticeKind;
import org.reskontro.notification.NoticeLine;
import org.reskontro.notification.NoticeOutcome;
import org.reskontro.notification.NoticeRequest;
import org.reskontro.notification.Notifications;
import org.reskontro.notification.Recipient;
import org.reskontro.notification.Sender;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands the day's letters to notification, one by one, each in its own transaction there and keyed by the letter's
 * id: a crash between "sent" and "marked sent" only makes the next call find the same notice, never a second mail.
 * The letter is written in the creditor's language (the mirror does not know the debtor's yet) with a payment
 * reference of the country's scheme (KID, FIK +71, OCR, viitenumero).
 */
@Component
class LetterDispatch {

    private static final Logger log = LoggerFactory.getLogger(LetterDispatch.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IssuedRows issued;
    private final DebtorDirectory directory;
    private final Documents documents;
    private final Notifications notifications;
    private final ExplanationTexts texts;
    private final Policies policies;
    private final org.reskontro.creditors.Creditors creditors;

    LetterDispatch(IssuedRows issued, DebtorDirectory directory, Documents documents, Notifications notifications,
                   ExplanationTexts texts, Policies policies, org.reskontro.creditors.Creditors creditors) {
        this.issued = issued;
        this.directory = directory;
        this.documents = documents;
        this.notifications = notifications;
        this.texts = texts;
        this.policies = policies;
        this.creditors = creditors;
    }

    /** Sends every letter of the creditor that is ready to send; returns how many were handed over. */
    int sendReady(Creditor creditor) {
        List<LetterRow> ready = issued.lettersWithStatus(creditor.id(), "TO_SEND");
        if (ready.isEmpty()) {
            return 0;
        }
        Map<String, DebtorContact> contacts = new HashMap<>();
        directory.withOpenItems(creditor.id()).forEach(c -> contacts.put(c.externalId(), c));
        DunningPolicy policy = policies.standard(creditor);
        int sent = 0;
        for (LetterRow letter : ready) {
            try {
                NoticeOutcome outcome = notifications.dispatch(request(creditor, letter, contacts.get(letter.debtor()),
                        issued.ofLetter(creditor.id(), letter.id()), policy));
                issued.setLetterStatus(creditor.id(), letter.id(), switch (outcome.status()) {
                    case FAILED, BOUNCED -> "FAILED";
                    default -> "SENT";
                }, outcome.id().value());
                sent++;
            } catch (RuntimeException e) {
                // Recorded on the letter and retried with the next cycle; nothing is lost.
                log.warn("Letter {} of creditor {} could not be handed to notification: {}", letter.id(),
                        creditor.id(), e.getMessage());
                issued.setLetterStatus(creditor.id(), letter.id(), "FAILED", null);
            }
        }
        return sent;
    }

    /** The creditor as its letters show it: name, organisation number and its letterhead (address, account, logo). */
    static Sender sender(Creditor creditor, org.reskontro.creditors.Letterhead letterhead) {
        return new Sender(creditor.name(), creditor.organisationNumber().value(), letterhead.address(),
                letterhead.email(), letterhead.phone(), letterhead.paymentAccount(), letterhead.logoPng());
    }

    /** The letter's PDF as it would be sent, without sending it. */
    byte[] preview(Creditor creditor, UUID letter) {
        LetterRow row = issued.letter(creditor.id(), letter)
                .orElseThrow(() -> new IllegalArgumentException("No letter " + letter));
        DebtorContact debtor = directory.withOpenItems(creditor.id()).stream()
                .filter(c -> c.externalId().equals(row.debtor())).findFirst().orElse(null);
        return notifications.preview(request(creditor, row, debtor, issued.ofLetter(creditor.id(), letter),
                policies.standard(creditor)));
    }

    private NoticeRequest request(Creditor creditor, LetterRow letter, DebtorContact debtor, List<IssuedRow> steps,
                                  DunningPolicy policy) {
        Locale language = language(creditor.country());
        List<NoticeLine> lines = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        boolean attach = steps.stream().anyMatch(s -> s.stepIndex() < policy.steps().size()
                && policy.step(s.stepIndex()).attachInvoice());
        for (IssuedRow step : steps) {
            Money open = Money.of(step.open(), step.currency());
            lines.add(new NoticeLine(String.valueOf(step.documentNumber()), null, null, open,
                    Money.of(step.fee(), step.currency()), Money.of(step.interest(), step.currency()),
                    interestText(step.interestExplanation(), language)));
            if (attach) {
                documents.pdf(creditor.id(), step.documentId()).ifPresent(pdf -> attachments.add(new Attachment(
                        "invoice-" + pdf.number() + ".pdf", "application/pdf", pdf.content())));
            }
        }
        String name = debtor == null ? letter.debtor() : debtor.name();
        Recipient recipient = new Recipient(name, debtor == null ? null : debtor.email(),
                debtor == null ? List.of() : debtor.address(), creditor.country());
        Sender sender = sender(creditor, creditors.letterhead(creditor.id()));
        Reference reference = reference(creditor.country(), letter.debtor(), steps.stream()
                .map(IssuedRow::documentNumber).filter(java.util.Objects::nonNull).min(Long::compare).orElse(null));
        return NoticeRequest.builder(creditor.id(), "dunning-letter:" + letter.id(), NoticeKind.valueOf(letter.type().name()))
                .channel(Channel.valueOf(letter.channel())).language(language).sender(sender).recipient(recipient)
                .date(letter.issuedOn()).deadline(letter.deadline()).lines(lines)
                .paymentReference(reference == null ? null : reference.label(), reference == null ? null : reference.value())
                .attachments(attachments).build();
    }

    private String interestText(String json, Locale language) {
        if (json == null) {
            return null;
        }
        return texts.sentence(JSON.readValue(json, Explanation.class), language);
    }

    /**
     * The country's structured reference: from the debtor's customer number when that is a number (PowerOffice),
     * else from the letter's first invoice number (Dinero's customers are GUIDs); none when neither is digits.
     */
    static Reference reference(CountryCode country, String debtor, Long firstInvoice) {
        String digits = debtor != null && debtor.matches("\\d{1,14}") ? debtor
                : firstInvoice == null ? "" : String.valueOf(firstInvoice);
        if (digits.isEmpty() || digits.length() > 14) {
            return null;
        }
        return switch (country) {
            case NO -> new Reference("KID", ReferenceScheme.KID_MOD10.generate(digits));
            case DK -> new Reference("FIK +71", ReferenceScheme.FIK71.generate(digits));
            case SE -> new Reference("OCR", ReferenceScheme.SE_OCR.generate(digits));
            case FI -> new Reference("Viite", ReferenceScheme.FI_REF.generate(digits.length() < 3 ? "10" + digits : digits));
        };
    }

    record Reference(String label, String value) {
    }

    static Locale language(CountryCode country) {
        return switch (country) {
            case DK -> Locale.of("da");
            case NO -> Locale.of("nb");
            case SE -> Locale.of("sv");
            case FI -> Locale.of("fi");
        };
    }

}
