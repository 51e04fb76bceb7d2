package org.reskontro.charges.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The published vectors of LEGAL.md section 5, and the messages bad input gets. */
class ReferenceSchemeTests {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            // LEGAL.md 5.1 (Mastercard Payment Services; Ondkloss/norwegian-numbers.js README): 1234 -> 12344 / 12343
            "KID_MOD10, 1234, 12344",
            "KID_MOD11, 1234, 12343",
            // LEGAL.md 5.1: remainder 0 gives check digit 0
            "KID_MOD11, 123456, 1234560",
            // LEGAL.md 5.2 (jonasbn/bdkfi FI.pm POD): payload 00000000000001 -> 000000000000018
            "FIK71, 00000000000001, 000000000000018",
            "FIK71, 1, 000000000000018",
            // LEGAL.md 5.3 (computed): 12345 with length digit -> 1234574, check digit only -> 123455
            "SE_OCR, 12345, 1234574",
            "SE_OCR_CHECK_DIGIT_ONLY, 12345, 123455",
            // LEGAL.md 5.4 (FKL official example): 123456 -> 1234561; FKL example 2348236
            "FI_REF, 123456, 1234561",
            "FI_REF, 234823, 2348236",
            // LEGAL.md 5.5 (FKL): 2348236 -> RF33 2348 236; computed: INV2024A7 -> RF29INV2024A7
            "RF, 2348236, RF332348236",
            "RF, INV2024A7, RF29INV2024A7",
            "RF, inv2024a7, RF29INV2024A7"
    })
    void generatesThePublishedReferences(ReferenceScheme scheme, String payload, String reference) {
        assertThat(scheme.generate(payload)).isEqualTo(reference);
        assertThat(scheme.isValid(reference)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} valid={2}")
    @CsvSource({
            // LEGAL.md 5.1: MOD11 of 2001 leaves remainder 1, check "-"; invoices print it as an en dash
            "KID_MOD11, 2001-, true", "KID_MOD11, '2001\u2013', true", "KID_MOD11, 20010, false",
            "KID_MOD10, 12344, true", "KID_MOD10, 12345, false", "KID_MOD10, 1234-, false", "KID_MOD10, '1 2 3 4 4', true",
            // LEGAL.md 5.2 (jonasbn/bdkfi t/validate.t): 026840149965328 valid (Luhn sum 70), ...327 invalid
            "FIK71, 026840149965328, true", "FIK71, 026840149965327, false", "FIK71, 26840149965328, false",
            "FIK75, 0026840149965328, true", "FIK75, 026840149965328, false",
            // LEGAL.md 5.3: the length digit must be the total length mod 10
            "SE_OCR, 1234574, true", "SE_OCR, 123455, false", "SE_OCR_CHECK_DIGIT_ONLY, 123455, true",
            "SE_OCR_CHECK_DIGIT_ONLY, 1234574, true",
            // LEGAL.md 5.4: FKL example 2348236, and the printed form with its space
            "FI_REF, 2348236, true", "FI_REF, '12 34561', true", "FI_REF, 1234562, false", "FI_REF, 00001234561, true",
            // LEGAL.md 5.5: RF18 5390 0754 7034 is valid (python-stdnum); RF33 2348 236 (FKL); case and spaces ignored
            "RF, RF18539007547034, true", "RF, 'RF18 5390 0754 7034', true", "RF, rf18539007547034, true",
            "RF, RF332348236, true", "RF, RF18539007547035, false", "RF, RF19539007547034, false",
            "RF, XX18539007547034, false", "RF, RF1X539007547034, false"
    })
    void validatesThePublishedReferences(ReferenceScheme scheme, String value, boolean valid) {
        ReferenceValidation validation = scheme.validate(value);
        assertThat(validation.valid()).as(validation.reason()).isEqualTo(valid);
        assertThat(validation.reason() == null).isEqualTo(valid);
    }

    @Test
    void kidMod11RefusesAHyphenCheckDigitUnlessAskedFor() {
        // LEGAL.md 5.1: 2001 -> 2001- ; our recommendation: refuse r = 1 by default, accept "-" when reading
        assertThatThrownBy(() -> ReferenceScheme.KID_MOD11.generate("2001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("remainder 1").hasMessageContaining("'-'")
                .hasMessageContaining("Choose another payload").hasMessageContaining("allowHyphen=true");
        assertThat(ReferenceScheme.KID_MOD11.generate("2001", HyphenCheckDigit.ALLOW)).isEqualTo("2001-");
        assertThat(ReferenceScheme.KID_MOD10.generate("2001", HyphenCheckDigit.ALLOW)).isEqualTo("20016");
    }

    @ParameterizedTest(name = "{0} {1} printed {2}")
    @CsvSource({
            // LEGAL.md 5.4: 1234561 is printed "12 34561", without leading zeros
            "FI_REF, 1234561, 12 34561", "FI_REF, 00001234561, 12 34561", "FI_REF, 2348236, 23 48236",
            "FI_REF, 12345678901234567894, 12345 67890 12345 67894",
            // LEGAL.md 5.5: RF33 2348 236, RF18 5390 0754 7034
            "RF, RF332348236, RF33 2348 236", "RF, rf18539007547034, RF18 5390 0754 7034",
            "KID_MOD10, 12344, 12344", "FIK71, 000000000000018, 000000000000018"
    })
    void printsTheWayInvoicesShowIt(ReferenceScheme scheme, String reference, String printed) {
        assertThat(scheme.printed(reference)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "KID_MOD10 | \"\"                        | The payload is empty",
            "KID_MOD10 | 12a4                      | '12a4' has 'a' at position 3: a KID (MOD10) has digits only",
            "KID_MOD10 | 1234567890123456789012345 | at most 25 digits long, so its payload can have at most 24",
            "FIK71     | 123456789012345           | at most 15 digits long, so its payload can have at most 14",
            "FIK75     | 1234567890123456          | at most 16 digits long, so its payload can have at most 15",
            "SE_OCR    | 123456789012345678901234  | at most 25 digits long, so its payload can have at most 23",
            "SE_OCR_CHECK_DIGIT_ONLY | 1234567890123456789012345 | can have at most 24",
            "FI_REF    | 12                        | has 2 digits after its leading zeros, but a Finnish reference",
            "FI_REF    | 00012                     | has 2 digits after its leading zeros",
            "FI_REF    | 12345678901234567890      | at most 20 digits long, so its payload can have at most 19",
            "RF        | INV-2024                  | 'INV-2024' has '-' at position 4: an RF creditor reference has the letters A-Z and digits only",
            "RF        | Maß1                      | has 'ß' at position 3",
            "RF        | 1234567890123456789012    | can have at most 21"
    })
    void badPayloadsAreRefusedWithWhatIsWrong(ReferenceScheme scheme, String payload, String message) {
        assertThatThrownBy(() -> scheme.generate(payload))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "KID_MOD10 | 1                          | '1' has 1 digits, but a KID (MOD10) has 2 to 25",
            "KID_MOD10 | 12345678901234567890123455 | has 26 digits, but a KID (MOD10) has 2 to 25",
            "KID_MOD10 | 12345                      | The check digit is 5, but the digits before it give 4",
            "KID_MOD11 | 20-01                      | '20-01' has '-' at position 3: a KID (MOD11) has digits only, except a '-' as its check digit",
            "KID_MOD11 | 12340                      | The check digit is 0, but the digits before it give 3",
            "FIK71     | 026840149965327            | The check digit is 7, but the digits before it give 8",
            "FIK71     | 02684014996532             | has 14 digits, but a FIK +71 betalings-ID has exactly 15",
            "SE_OCR    | 1234582                    | The length digit is 8, but the reference has 7 digits, so it should be 7",
            "FI_REF    | 0001                       | has 1 digits after its leading zeros",
            "RF        | \"\"                         | The value is empty",
            "RF        | 2348236                    | does not start with RF",
            "RF        | RF33                       | has 4 characters, but an RF creditor reference has 5 to 25",
            "RF        | RF3X2348236                | The check digits '3X' after RF are not two digits",
            "RF        | RF332348_236               | has '_' at position 9",
            "RF        | RF342348236                | The check digits are 34, but the characters after them give 33"
    })
    void invalidValuesSayWhy(ReferenceScheme scheme, String value, String reason) {
        ReferenceValidation validation = scheme.validate(value);
        assertThat(validation.valid()).isFalse();
        assertThat(validation.reason()).contains(reason);
    }

    @Test
    void schemesAreFoundByTheirApiNames() {
        assertThat(ReferenceScheme.byApiName("kid-mod10")).isEqualTo(ReferenceScheme.KID_MOD10);
        assertThat(ReferenceScheme.byApiName(" SE-OCR ")).isEqualTo(ReferenceScheme.SE_OCR);
        assertThat(ReferenceScheme.byApiName("rf")).isEqualTo(ReferenceScheme.RF);
        assertThatThrownBy(() -> ReferenceScheme.byApiName("kid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown reference scheme 'kid': expected one of kid-mod10, kid-mod11, fik71, fik75, se-ocr,"
                        + " se-ocr-check-digit, fi-ref, rf");
    }

    @ParameterizedTest
    @EnumSource(ReferenceScheme.class)
    void printingAnInvalidReferenceIsRefused(ReferenceScheme scheme) {
        assertThatThrownBy(() -> scheme.printed("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkDigits00And01AreRefusedThoughTheyPassMod97() {
        // 98 - r lies in 02..98; 00 is congruent to 97 and 01 to 98 (mod 97), so they would pass the bare test
        String payload = IntStream.range(1, 10_000).mapToObj(Integer::toString)
                .filter(p -> ReferenceScheme.RF.generate(p).startsWith("RF97")).findFirst().orElseThrow();
        assertThat(CheckDigits.mod97(payload + "RF00")).isEqualTo(1);
        assertThat(ReferenceScheme.RF.validate("RF00" + payload).reason()).contains("never issued");
        assertThat(ReferenceScheme.RF.validate("RF97" + payload).valid()).isTrue();
        assertThat(ReferenceScheme.RF.validate("RF99A1").reason()).contains("never issued");
    }

    @ParameterizedTest(name = "{0}: payload of {1} digits makes {2}")
    @CsvSource({"KID_MOD10, 24, 25", "KID_MOD11, 24, 25", "FIK71, 14, 15", "FIK75, 15, 16", "SE_OCR, 23, 25",
            "SE_OCR_CHECK_DIGIT_ONLY, 24, 25", "FI_REF, 19, 20", "RF, 21, 25"})
    void theLongestPayloadGivesTheLongestReference(ReferenceScheme scheme, int payloadLength, int referenceLength) {
        String payload = "1".repeat(payloadLength);
        String reference = scheme.generate(payload, HyphenCheckDigit.ALLOW);
        assertThat(reference).hasSize(referenceLength);
        assertThat(scheme.isValid(reference)).isTrue();
        assertThatThrownBy(() -> scheme.generate(payload + "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
