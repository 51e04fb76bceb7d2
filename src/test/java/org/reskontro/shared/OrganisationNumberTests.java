package org.reskontro.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNumberTests {

    @ParameterizedTest(name = "{0} {1} valid={2}")
    @CsvSource({
            // DK CVR: weights 2,7,6,5,4,3,2,1; weighted sum divisible by 11 (Erhvervsstyrelsen modulus-11 rule)
            "DK, 31250005, true", "DK, 40870008, true", "DK, 'DK 31 25 00 05', true", "DK, 31250006, false",
            "DK, 3125000, false", "DK, 01250005, false",
            // NO: weights 3,2,7,6,5,4,3,2, check = 11 - sum mod 11 (Brønnøysundregistrene); 974760673 = Brreg itself
            "NO, 974760673, true", "NO, 974760674, false", "NO, '974 760 673', true",
            // SE: Luhn over ten digits (Bolagsverket); 556016-0680 = Ericsson
            "SE, 556016-0680, true", "SE, 5560160681, false", "SE, SE556016068001, true",
            // FI Y-tunnus: weights 7,9,10,5,8,4,2; 0112038-9 = Nokia
            "FI, 0112038-9, true", "FI, 0112038-8, false", "FI, 01120389, false",
            // LEGAL.md section 6, real examples: Erhvervsstyrelsen's worked CVR example 13748136 (sum of 7 = 126,
            // check 6), Novo Nordisk A/S 24256790, A.P. Moller-Maersk 22756214
            "DK, 13748136, true", "DK, 13748137, false", "DK, 24256790, true", "DK, 22756214, true",
            // Equinor ASA 923609016 (sum 126, r = 5, check 6), and 988077917
            "NO, 923609016, true", "NO, 923609017, false", "NO, 988077917, true",
            // AB Volvo 556012-5790 (Luhn sum 30)
            "SE, 556012-5790, true", "SE, 556012-5791, false",
            // 2077474-0 (python-stdnum, stdnum/fi/ytunnus.py)
            "FI, 2077474-0, true", "FI, 2077474-1, false"
    })
    void checksTheRegistryCheckDigit(CountryCode country, String input, boolean valid) {
        assertThat(OrganisationNumber.isValid(country, input)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"DK, 31250006", "NO, 123"})
    void anInvalidNumberIsRefusedWithTheReason(CountryCode country, String input) {
        assertThatThrownBy(() -> OrganisationNumber.parse(country, input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid");
    }

    @ParameterizedTest
    @CsvSource({"DK, 'DK 31 25 00 05', 31250005", "SE, SE556016068001, 5560160680", "NO, '974 760 673', 974760673"})
    void normalisesWhatPeopleType(CountryCode country, String input, String stored) {
        assertThat(OrganisationNumber.parse(country, input).value()).isEqualTo(stored);
    }
}
