package org.reskontro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reskontro.notification.Channel;
import org.reskontro.notification.Fallback;
import org.reskontro.notification.Recipient;

/** The channel fallback rules: every combination of asked-for channel, e-mail address and postal address. */
class ChannelChoiceTests {

    @ParameterizedTest(name = "{0}, e-mail {1}, address {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "EMAIL,            a@b.dk,  true,  EMAIL,            true,  -",
            "EMAIL,            a@b.dk,  false, EMAIL,            true,  -",
            "EMAIL,            -,       true,  LETTER,           true,  NO_EMAIL",
            "EMAIL,            a.b.dk,  true,  LETTER,           true,  INVALID_EMAIL",
            "EMAIL,            -,       false, EMAIL,            false, NO_EMAIL",
            "LETTER,           -,       true,  LETTER,           true,  -",
            "LETTER,           a@b.dk,  false, EMAIL,            true,  NO_POSTAL_ADDRESS",
            "LETTER,           a.b.dk,  false, LETTER,           false, INVALID_EMAIL",
            "EMAIL_AND_LETTER, a@b.dk,  true,  EMAIL_AND_LETTER, true,  -",
            "EMAIL_AND_LETTER, -,       true,  LETTER,           true,  NO_EMAIL",
            "EMAIL_AND_LETTER, a@b.dk,  false, EMAIL,            true,  NO_POSTAL_ADDRESS",
            "EMAIL_AND_LETTER, -,       false, EMAIL_AND_LETTER, false, NO_EMAIL"})
    void fallsBackToTheChannelTheRecipientCanBeReachedBy(Channel requested, String email, boolean address,
                                                         Channel used, boolean deliverable, Fallback fallback) {
        Recipient recipient = new Recipient("Debtor", email, address ? List.of("Vej 1", "8000 Aarhus C") : List.of(),
                null);

        ChannelChoice choice = ChannelChoice.of(requested, recipient);

        assertThat(choice.used()).isEqualTo(used);
        assertThat(choice.deliverable()).isEqualTo(deliverable);
        assertThat(choice.fallback()).isEqualTo(fallback);
        assertThat(choice.reason() == null).isEqualTo(fallback == null);
    }

    @org.junit.jupiter.api.Test
    void theReasonsAreSentences() {
        Recipient invalid = new Recipient("Debtor", "a.b.dk", List.of("Vej 1"), null);
        assertThat(ChannelChoice.of(Channel.EMAIL, invalid).reason())
                .isEqualTo("'a.b.dk' is not a usable e-mail address: no @");
        assertThat(ChannelChoice.of(Channel.LETTER, new Recipient("Debtor", "a@b.dk", List.of(" "), null)).reason())
                .isEqualTo("No postal address");
        assertThat(ChannelChoice.of(Channel.EMAIL, new Recipient("Debtor", null, List.of(), null)).reason())
                .isEqualTo("No e-mail address, and no postal address");
    }
}
