package org.reskontro.console;

import org.reskontro.platform.ReskontroProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ReskontroProperties properties;

    LoginController(ReskontroProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", properties.demo());
        return "login";
    }
}
