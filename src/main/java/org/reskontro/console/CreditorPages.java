package org.reskontro.console;

import java.time.LocalDate;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.InvalidCreditorException;
import org.reskontro.creditors.NewCreditor;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.platform.security.Operator;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of creditors and the form that registers one. */
@Controller
class CreditorPages {

    private final Creditors creditors;

    CreditorPages(Creditors creditors) {
        this.creditors = creditors;
    }

    @GetMapping("/")
    String home(Model model) {
        Operator operator = CurrentOperator.get();
        if (!operator.isAgencyAdmin()) {
            return "redirect:/creditors/" + operator.creditor();
        }
        model.addAttribute("creditors", creditors.all());
        return "creditors";
    }

    @GetMapping("/creditors/new")
    String form(Model model) {
        CurrentOperator.requireAgencyAdmin();
        model.addAttribute("form", new NewCreditor("", "DK", "", "DKK", "Europe/Copenhagen", null));
        return "creditor-new";
    }

    @PostMapping("/creditors")
    String create(@RequestParam String name, @RequestParam String country, @RequestParam String organisationNumber,
            @RequestParam String currency, @RequestParam String timeZone,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            Model model) {
        CurrentOperator.requireAgencyAdmin();
        NewCreditor input = new NewCreditor(name, country, organisationNumber, currency, timeZone, startDate);
        try {
            Creditor created = creditors.register(input);
            return "redirect:/creditors/" + created.id() + "/connection";
        } catch (InvalidCreditorException e) {
            model.addAttribute("form", input);
            model.addAttribute("errors", e.problems());
            return "creditor-new";
        }
    }

    static Creditor visible(Creditors creditors, String rawId) {
        return creditors.visible(rawId);
    }
}
