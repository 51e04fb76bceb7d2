package org.reskontro.bench;

import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Without a web server Spring Boot sets up no web security, yet the platform still declares its filter chains; this
 * gives them their HttpSecurity when the bench starts the application. No {@code @Configuration}, so the product's
 * component scan never picks it up: it is a source of the bench's start only.
 */
@EnableWebSecurity
class NonWebSecurity {
}
