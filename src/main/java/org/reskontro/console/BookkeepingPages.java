package org.reskontro.console;

import java.util.UUID;
import org.reskontro.bookkeeping.BookedCharges;
import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.bookkeeping.BookkeepingSettings;
import org.reskontro.bookkeeping.BookkeepingSettingsStore;
import org.reskontro.bookkeeping.BookingOutbox;
import org.reskontro.bookkeeping.InvalidBookkeepingException;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What Reskontro books into the creditor's accounting system: the outbox (with each row's history and a forced
 * re-send), the charges and their write-off, and the settings (direct or proposals, accounts, texts, notes e-mail).
 */
@Controller
class BookkeepingPages {

    private static final int ROWS = 200;

    private final Creditors creditors;
    private final Bookkeeping bookkeeping;
    private final BookingOutbox outbox;
    private final BookedCharges charges;
    private final BookkeepingSettingsStore settings;

    BookkeepingPages(Creditors creditors, Bookkeeping bookkeeping, BookingOutbox outbox, BookedCharges charges,
                     BookkeepingSettingsStore settings) {
        this.creditors = creditors;
        this.bookkeeping = bookkeeping;
        this.outbox = outbox;
        this.charges = charges;
        this.settings = settings;
    }

    @GetMapping("/creditors/{id}/bookkeeping")
    String page(@PathVariable String id, @RequestParam(required = false) UUID entry, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        return page(creditor, settings.settings(creditor.id()), null, entry, model);
    }

    @PostMapping("/creditors/{id}/bookkeeping/settings")
    String save(@PathVariable String id, @RequestParam BookingMode mode, @RequestParam String feeAccount,
                @RequestParam String interestAccount, @RequestParam String depositAccount,
                @RequestParam(defaultValue = "-1") int paymentDays, @RequestParam(defaultValue = "") String feeText,
                @RequestParam(defaultValue = "") String interestText, @RequestParam(defaultValue = "") String notesEmail,
                Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        try {
            settings.save(creditor.id(), new BookkeepingSettings(mode, feeAccount, interestAccount, depositAccount,
                    paymentDays, feeText, interestText, notesEmail));
            return "redirect:/creditors/" + creditor.id() + "/bookkeeping?saved";
        } catch (InvalidBookkeepingException e) {
            return page(creditor, settings.settings(creditor.id()), e.getMessage(), null, model);
        }
    }

    @PostMapping("/creditors/{id}/bookkeeping/post")
    String post(@PathVariable String id) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        bookkeeping.postFees(creditor.id());
        return "redirect:/creditors/" + creditor.id() + "/bookkeeping?posted";
    }

    @PostMapping("/creditors/{id}/bookkeeping/outbox/{entry}/resend")
    String resend(@PathVariable String id, @PathVariable UUID entry) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        outbox.resend(creditor.id(), entry);
        bookkeeping.sendOutbox(creditor.id());
        return "redirect:/creditors/" + creditor.id() + "/bookkeeping?entry=" + entry;
    }

    @PostMapping("/creditors/{id}/bookkeeping/charges/{charge}/write-off")
    String writeOff(@PathVariable String id, @PathVariable UUID charge, @RequestParam(defaultValue = "") String reason,
                    Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        try {
            charges.writeOff(creditor.id(), charge, reason);
            return "redirect:/creditors/" + creditor.id() + "/bookkeeping?writtenOff";
        } catch (InvalidBookkeepingException e) {
            return page(creditor, settings.settings(creditor.id()), e.getMessage(), null, model);
        }
    }

    private String page(Creditor creditor, BookkeepingSettings current, String error, UUID entry, Model model) {
        model.addAttribute("creditor", creditor);
        model.addAttribute("settings", current);
        model.addAttribute("error", error);
        model.addAttribute("counts", outbox.counts(creditor.id()));
        model.addAttribute("entries", outbox.entries(creditor.id(), null, ROWS));
        model.addAttribute("charges", charges.charges(creditor.id(), null, ROWS));
        model.addAttribute("modes", BookingMode.values());
        if (entry != null) {
            model.addAttribute("entry", outbox.entry(creditor.id(), entry));
            model.addAttribute("history", outbox.history(creditor.id(), entry));
        }
        return "bookkeeping";
    }
}
