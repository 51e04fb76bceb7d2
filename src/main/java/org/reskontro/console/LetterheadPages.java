package org.reskontro.console;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.InvalidCreditorException;
import org.reskontro.creditors.Letterhead;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The creditor's letterhead: address, contact, the account debtors pay to, and the logo its letters carry. */
@Controller
class LetterheadPages {

    private final Creditors creditors;

    LetterheadPages(Creditors creditors) {
        this.creditors = creditors;
    }

    @GetMapping("/creditors/{id}/letterhead")
    String page(@PathVariable String id, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        return page(creditor, creditors.letterhead(creditor.id()), Map.of(), model);
    }

    @PostMapping("/creditors/{id}/letterhead")
    String save(@PathVariable String id, @RequestParam(defaultValue = "") String address,
                @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String phone,
                @RequestParam(defaultValue = "") String paymentAccount,
                @RequestParam(required = false) MultipartFile logo,
                @RequestParam(defaultValue = "false") boolean removeLogo, Model model) throws IOException {
        Creditor creditor = CreditorPages.visible(creditors, id);
        byte[] logoPng = removeLogo ? null : logo != null && !logo.isEmpty() ? logo.getBytes()
                : creditors.letterhead(creditor.id()).logoPng();
        Letterhead letterhead = new Letterhead(List.of(address.split("\\R")), email, phone, paymentAccount, logoPng);
        try {
            creditors.saveLetterhead(creditor.id(), letterhead);
            return "redirect:/creditors/" + creditor.id() + "/letterhead?saved";
        } catch (InvalidCreditorException e) {
            return page(creditor, letterhead, e.problems(), model);
        }
    }

    private static String page(Creditor creditor, Letterhead letterhead, Map<String, String> errors, Model model) {
        model.addAttribute("creditor", creditor);
        model.addAttribute("letterhead", letterhead);
        model.addAttribute("addressText", String.join("\n", letterhead.address()));
        model.addAttribute("errors", errors);
        return "letterhead";
    }
}
