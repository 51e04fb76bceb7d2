package org.reskontro.console;

import org.reskontro.notification.MailCatcher;
import org.reskontro.platform.security.CurrentOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo mail catcher's inbox (agency admins): every e-mail Reskontro sent, and one opened with its text and the
 * names of its attachments. Where no catcher runs (production, or a real SMTP server configured) the page says so.
 */
@Controller
class MailPages {

    private static final int INBOX_SIZE = 200;

    private final ObjectProvider<MailCatcher> catcher;

    MailPages(ObjectProvider<MailCatcher> catcher) {
        this.catcher = catcher;
    }

    @GetMapping("/mail")
    String inbox(Model model) {
        CurrentOperator.requireAgencyAdmin();
        MailCatcher running = catcher.getIfAvailable();
        model.addAttribute("catcher", running);
        if (running != null) {
            model.addAttribute("mails", running.inbox(INBOX_SIZE));
            model.addAttribute("total", running.size());
        }
        return "mail";
    }

    @GetMapping("/mail/{number}")
    String mail(@PathVariable int number, Model model) {
        CurrentOperator.requireAgencyAdmin();
        MailCatcher running = catcher.getIfAvailable();
        if (running == null) {
            return "redirect:/mail";
        }
        model.addAttribute("catcher", running);
        model.addAttribute("mail", running.mail(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No mail " + number)));
        return "mail";
    }
}
