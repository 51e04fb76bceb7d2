package org.reskontro.console;

import jakarta.servlet.http.HttpServletResponse;
import org.reskontro.platform.security.CreditorNotVisibleException;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.platform.security.Operator;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice {

    @ModelAttribute("operator")
    Operator operator() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Operator ? CurrentOperator.get() : null;
    }

    @ExceptionHandler(CreditorNotVisibleException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "not-found";
    }
}
