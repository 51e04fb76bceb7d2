package org.reskontro.console;

import org.reskontro.notification.MailCatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every console page whether the demo mail catcher runs, so the top bar links its inbox only then. */
@ControllerAdvice(basePackageClasses = MailCatcherAdvice.class)
class MailCatcherAdvice {

    private final ObjectProvider<MailCatcher> catcher;

    MailCatcherAdvice(ObjectProvider<MailCatcher> catcher) {
        this.catcher = catcher;
    }

    @ModelAttribute("mailCatcher")
    boolean mailCatcher() {
        return catcher.getIfAvailable() != null;
    }
}
