package org.reskontro.console;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.InvalidCreditorException;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.scheduling.Cycles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A creditor's cycle: its schedule (editable), the next run, "Run cycle now", and the history with every step. */
@Controller
class CyclePages {

    private static final int HISTORY = 30;

    private final Creditors creditors;
    private final Cycles cycles;

    CyclePages(Creditors creditors, Cycles cycles) {
        this.creditors = creditors;
        this.cycles = cycles;
    }

    @GetMapping("/creditors/{id}/cycles")
    String page(@PathVariable String id, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        return page(creditor, text(creditor.cycleTimes()), Map.of(), model);
    }

    @PostMapping("/creditors/{id}/cycles/schedule")
    String schedule(@PathVariable String id, @RequestParam(defaultValue = "") String cycleTimes, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        try {
            creditors.scheduleCycles(creditor.id(), parse(cycleTimes));
            return "redirect:/creditors/" + creditor.id() + "/cycles?saved";
        } catch (InvalidCreditorException e) {
            return page(creditor, cycleTimes, e.problems(), model);
        }
    }

    @PostMapping("/creditors/{id}/cycles")
    String runNow(@PathVariable String id) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        cycles.runNow(creditor.id(), "console:" + CurrentOperator.get().username());
        return "redirect:/creditors/" + creditor.id() + "/cycles";
    }

    private String page(Creditor creditor, String cycleTimes, Map<String, String> errors, Model model) {
        model.addAttribute("creditor", creditor);
        model.addAttribute("cycleTimes", cycleTimes);
        model.addAttribute("errors", errors);
        model.addAttribute("next", cycles.nextCycle(creditor).map(at -> at.atZone(creditor.timeZone())).orElse(null));
        model.addAttribute("cycles", cycles.recent(creditor.id(), HISTORY));
        return "cycles";
    }

    private static String text(List<LocalTime> times) {
        return times.stream().map(LocalTime::toString).collect(Collectors.joining(", "));
    }

    /** "06:00, 12:00 18:00": commas or spaces between times; the creditors module judges the list. */
    private static List<LocalTime> parse(String text) {
        List<LocalTime> times = new ArrayList<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                times.add(LocalTime.parse(part.length() == 4 ? "0" + part : part));
            } catch (DateTimeParseException e) {
                throw new InvalidCreditorException(Map.of("cycleTimes", "'" + part + "' is not a time of day (HH:mm)"));
            }
        }
        return times;
    }
}
