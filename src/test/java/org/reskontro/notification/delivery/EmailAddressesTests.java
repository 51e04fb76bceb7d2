package org.reskontro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which debtor addresses e-mail is sent to, and why the others get a letter. */
class EmailAddressesTests {

    @ParameterizedTest
    @ValueSource(strings = {"soren@kjaer.dk", "Soren.Kjaer@firma.example.no", "faktura+rykker@hygge.dk",
            "o'brien@example.ie", "a@b.co", " padded@example.se ", "kontakt@bücher.de", "x@xn--bcher-kva.de",
            "user_name-1@sub-domain.example.fi"})
    void usableAddresses(String address) {
        assertThat(EmailAddresses.problem(address)).isEmpty();
        assertThat(EmailAddresses.usable(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingAddressIsNoAddress(String address) {
        assertThat(EmailAddresses.problem(address)).contains("no e-mail address");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "soren.kjaer.dk|no @",
            "soren@@kjaer.dk|more than one @",
            "a@b@c.dk|more than one @",
            "@kjaer.dk|nothing before the @",
            "soren@|no domain after the @",
            ".soren@kjaer.dk|a dot at the start or end of the name, or two dots in a row",
            "soren..kjaer@kjaer.dk|a dot at the start or end of the name, or two dots in a row",
            "søren@kjaer.dk|a character that is not allowed before the @",
            "soren kjaer@kjaer.dk|a character that is not allowed before the @",
            "\"Søren\" <soren@kjaer.dk>|a character that is not allowed before the @",
            "a@b.dk, c@d.dk|more than one @",
            "a@b.dk; c.dk|is not a valid domain name",
            "soren@localhost|has no top-level domain",
            "soren@kjaer.d|has no valid top-level domain",
            "soren@kjaer.123|has no valid top-level domain",
            "soren@-kjaer.dk|is not a valid domain name",
            "soren@kjaer-.dk|is not a valid domain name",
            "soren@kjaer..dk|is not a valid domain name",
            "soren@[192.168.1.1]|is not a valid domain name",
            "soren@kjaer_dk.dk|is not a valid domain name"})
    void unusableAddressesSayWhy(String address, String why) {
        assertThat(EmailAddresses.problem(address)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("'" + address.trim() + "' is not a usable e-mail address: ").contains(why));
    }

    @org.junit.jupiter.api.Test
    void anInternationalisedDomainGoesToSmtpInItsAsciiForm() {
        assertThat(EmailAddresses.forSmtp(" kontakt@bücher.de ")).isEqualTo("kontakt@xn--bcher-kva.de");
        assertThat(EmailAddresses.forSmtp("soren@kjaer.dk")).isEqualTo("soren@kjaer.dk");
    }

    @org.junit.jupiter.api.Test
    void rfc5321LengthLimitsHold() {
        String local64 = "a".repeat(64);
        assertThat(EmailAddresses.usable(local64 + "@example.dk")).isTrue();
        assertThat(EmailAddresses.problem("a" + local64 + "@example.dk")).hasValueSatisfying(problem ->
                assertThat(problem).contains("more than 64 characters before the @"));
        String domain = ("d".repeat(60) + ".").repeat(4) + "dk"; // 246 characters
        assertThat(EmailAddresses.usable("abcdefg@" + domain)).as("254 characters").isTrue();
        assertThat(EmailAddresses.problem("abcdefgh@" + domain)).hasValueSatisfying(problem ->
                assertThat(problem).contains("longer than 254 characters"));
        assertThat(EmailAddresses.problem("a@" + "d".repeat(64) + ".dk")).hasValueSatisfying(problem ->
                assertThat(problem).contains("is not a valid domain name"));
    }
}
