package org.reskontro.charges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;
import org.reskontro.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The seeded tables (V9, from LEGAL.md) answer the statutes' and the official tables' examples. */
@IntegrationTest
class ChargesIntegrationTests {

    @Autowired Charges charges;

    @ParameterizedTest(name = "{0} {1} on {2}: {3} %")
    @CsvSource(textBlock = """
            # country, debtor, date, rate: the half-year tables of LEGAL.md §§ 1.1, 2.1, 3.1, 4.1
            # renteloven § 5: udlånsrente 3.75 + 8 (selandiaadvokater.dk)
            DK, consumer, 2024-03-01, 11.75
            # udlånsrente -0.35 + 8 (forbrug.dk)
            DK, business, 2021-09-30, 7.65
            # regjeringen.no, forsinkelsesrente fra 1. januar 2024
            NO, consumer, 2024-01-15, 12.50
            # kred.no, fra 1. januar 2026
            NO, business, 2026-02-01, 12.00
            # bsregnskap.no, reduseres til 8 prosent fra 1. juli 2020
            NO, consumer, 2020-07-01, 8.00
            # räntelag 6 §: referensränta 3.50 + 8 (riksbank.se)
            SE, consumer, 2023-08-01, 11.50
            # referensränta -0.50 + 8
            SE, business, 2018-01-01, 7.50
            # korkolaki 4 §: viitekorko 4.50 + 7 (Suomen Pankki)
            FI, consumer, 2024-06-30, 11.50
            # korkolaki 4 a §: viitekorko 4.50 + 8
            FI, business, 2024-06-30, 12.50
            # viitekorko 2.50 + 8 (finlex 2022/1276)
            FI, business, 2023-01-10, 10.50
            """, commentCharacter = '#')
    void theRateOfTheHalfYear(String country, String debtor, LocalDate date, String rate) {
        assertThat(charges.rate(CountryCode.parse(country), DebtorType.parse(debtor), date).ratePercent())
                .isEqualByComparingTo(rate);
    }

    @ParameterizedTest(name = "{0} {1}: {2} from {3} to {4} = {5} ({6} days)")
    @CsvSource(textBlock = """
            # NO: 12.50 % in 2024, a leap year, so 1/366 a day (Lovavdelingen 2006): 10000 × 12.5 % × 76 / 366
            NO, consumer, 10000.00, 2024-01-15, 2024-03-31, 259.56, 76
            # NO across 1 July 2025: 30 days at 12.50 % + 31 days at 12.25 %, both /365, rounded once
            NO, business, 10000.00, 2025-05-31, 2025-07-31, 206.78, 61
            # DK 30E/360 (dansk praksis): 31 Jan to 31 Mar is 60 days at 11.75 %
            DK, consumer, 10000.00, 2024-01-31, 2024-03-31, 195.83, 60
            # SE ACT/365 at 12.00 % (referensränta 4.00 + 8): 30 days
            SE, consumer, 10000.00, 2024-01-31, 2024-03-01, 98.63, 30
            # FI: the same 30 days at 11.50 % for a consumer (4 §) and 12.50 % for a business (4 a §)
            FI, consumer, 1000.00, 2024-02-29, 2024-03-30, 9.45, 30
            FI, business, 1000.00, 2024-02-29, 2024-03-30, 10.27, 30
            # paid on the due date: no interest
            NO, consumer, 10000.00, 2024-01-15, 2024-01-15, 0.00, 0
            """, commentCharacter = '#')
    void lateInterest(String country, String debtor, String principal, LocalDate due, LocalDate paid, String interest,
                      long days) {
        CountryCode code = CountryCode.parse(country);
        Interest result = charges.interest(code, DebtorType.parse(debtor),
                new Money(new java.math.BigDecimal(principal), Charges.currency(code)), due, paid);
        assertThat(result.amount().amount()).isEqualByComparingTo(interest);
        assertThat(result.days()).isEqualTo(days);
        assertThat(result.explanation().steps()).isNotEmpty();
        assertThat(result.explanation().statute()).isNotBlank();
    }

    @Test
    void aDateOutsideTheTableIsAClearErrorNotAGuess() {
        assertThatThrownBy(() -> charges.rate(CountryCode.NO, DebtorType.CONSUMER, LocalDate.of(2026, 12, 2)))
                .isInstanceOf(NotInTableException.class)
                .hasMessageContaining("2026-12-02").hasMessageContaining("2018-01-01 to 2026-06-30");
        assertThatThrownBy(() -> charges.compensation(CountryCode.NO, DebtorType.BUSINESS, LocalDate.of(2023, 9, 1), 1))
                .isInstanceOf(NotInTableException.class).hasMessageContaining("COMPENSATION");
    }

    @Test
    void interestStartsThirtyDaysAfterTheDemandWhenNoDueDateWasAgreed() {
        InterestStart start = charges.interestStart(CountryCode.DK, LocalDate.of(2026, 1, 10));
        assertThat(start.from()).isEqualTo(LocalDate.of(2026, 2, 9)); // renteloven § 3 stk. 2
        assertThat(start.explanation().statute()).contains("§ 3 stk. 2");
    }

    @Test
    void norwegianLetters() {
        // Inkassoforskriften §§ 1-2, 1-3: 1/20 of the inkassosats (35 NOK in 2025) from day 14; two reminder-type
        // fees at most; the betalingsoppfordring (3/20 = 105) after a missed 14-day deadline.
        LetterFees fees = charges.letterFees(query(CountryCode.NO, DebtorType.CONSUMER, "2025-01-01", "1000.00", false,
                letter(LetterType.REMINDER, "2025-01-10"),          // day 9: too early
                letter(LetterType.REMINDER, "2025-01-20"),          // day 19: 35
                letter(LetterType.REMINDER, "2025-02-10"),          // 21 days after: deadline missed, 35
                letter(LetterType.COLLECTION_NOTICE, "2025-03-01"), // a third reminder-type fee: 0
                letter(LetterType.PAYMENT_DEMAND, "2025-03-20")));  // 105
        assertThat(amounts(fees)).containsExactly("0.00", "35.00", "35.00", "0.00", "105.00");
        assertThat(fees.total().amount()).isEqualByComparingTo("175.00");
        assertThat(fees.fees().getFirst().explanation().steps().getFirst().key()).isEqualTo("charges.letter.tooEarly");
    }

    @Test
    void norwegianSecondReminderOnlyAfterTheFirstDeadlineWasMissed() {
        LetterFees fees = charges.letterFees(query(CountryCode.NO, DebtorType.BUSINESS, "2026-01-01", "1000.00", false,
                letter(LetterType.REMINDER, "2026-01-15"),           // 38 (2026 table row, unverified)
                letter(LetterType.COLLECTION_NOTICE, "2026-01-25"),  // only 10 days later: 0
                letter(LetterType.PAYMENT_DEMAND, "2026-01-28")));   // 13 days after the purring: 0
        assertThat(amounts(fees)).containsExactly("38.00", "0.00", "0.00");
    }

    @Test
    void danishRykkerFees() {
        // Renteloven § 9 b: 100 DKK per rykker, at most three, at least ten days apart.
        LetterFees fees = charges.letterFees(query(CountryCode.DK, DebtorType.CONSUMER, "2025-03-01", "5000.00", false,
                letter(LetterType.REMINDER, "2025-03-02"),
                letter(LetterType.REMINDER, "2025-03-08"),          // 6 days after: 0
                letter(LetterType.REMINDER, "2025-03-18"),
                letter(LetterType.COLLECTION_NOTICE, "2025-03-28"),
                letter(LetterType.REMINDER, "2025-04-10"),          // a fourth: 0
                letter(LetterType.PAYMENT_DEMAND, "2025-04-25")));  // inkassogebyr § 9 b stk. 3 after the deadline
        assertThat(amounts(fees)).containsExactly("100.00", "0.00", "100.00", "100.00", "0.00", "100.00");
    }

    @Test
    void swedishReminderFeeOnlyWhenAgreed() {
        LetterFees notAgreed = charges.letterFees(query(CountryCode.SE, DebtorType.CONSUMER, "2025-05-01", "800.00",
                false, letter(LetterType.REMINDER, "2025-05-10"), letter(LetterType.COLLECTION_NOTICE, "2025-05-25")));
        assertThat(amounts(notAgreed)).containsExactly("0.00", "180.00"); // lag (1981:739) 2 §, 4 §
        LetterFees agreed = charges.letterFees(query(CountryCode.SE, DebtorType.CONSUMER, "2025-05-01", "800.00",
                true, letter(LetterType.REMINDER, "2025-05-10"), letter(LetterType.COLLECTION_NOTICE, "2025-05-25"),
                letter(LetterType.COLLECTION_NOTICE, "2025-06-10")));
        assertThat(amounts(agreed)).containsExactly("60.00", "180.00", "0.00");
    }

    @Test
    void finnishConsumerFeesWithinTheTotalCap() {
        // Perintälaki 10 a §: reminder 5 EUR from day 14, 14 days apart; maksuvaatimus 24 EUR for 100-1000, the
        // next one half, at most two; total cap 120 EUR for that band.
        LetterFees fees = charges.letterFees(query(CountryCode.FI, DebtorType.CONSUMER, "2025-01-01", "500.00", false,
                letter(LetterType.REMINDER, "2025-01-10"),          // day 9: 0
                letter(LetterType.REMINDER, "2025-01-15"),          // day 14: 5
                letter(LetterType.REMINDER, "2025-01-22"),          // 7 days later: 0
                letter(LetterType.COLLECTION_NOTICE, "2025-02-10"), // 24
                letter(LetterType.PAYMENT_DEMAND, "2025-02-28"),    // 12
                letter(LetterType.PAYMENT_DEMAND, "2025-03-20")));  // a third demand: 0
        assertThat(amounts(fees)).containsExactly("0.00", "5.00", "0.00", "24.00", "12.00", "0.00");
    }

    @ParameterizedTest(name = "{0} {1} {2} × {3} = {4}")
    @CsvSource(textBlock = """
            # renteloven § 9 a stk. 3
            DK, business, 2025-02-01, 1, 310.00
            # one per overdue invoice
            DK, business, 2025-02-01, 3, 930.00
            # only B2B
            DK, consumer, 2025-02-01, 1, 0.00
            # standardkompensasjon H1 2026
            NO, business, 2026-03-01, 1, 460.00
            # lag (1981:739) 4 a §
            SE, business, 2025-02-01, 1, 450.00
            # perintälaki 10 b §
            FI, business, 2025-02-01, 1, 40.00
            """, commentCharacter = '#')
    void flatCompensation(String country, String debtor, LocalDate date, int invoices, String amount) {
        assertThat(charges.compensation(CountryCode.parse(country), DebtorType.parse(debtor), date, invoices).amount()
                .amount()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest(name = "DK claim {0}: cap {1}")
    @CsvSource({"0.00, 400.00", "1000.00, 400.00", "1000.01, 700.00", "10000.00, 1300.00", "250000.00, 3850.00",
            "250000.01, 6400.00", "600000.00, 7400.00"})
    void danishCollectionCostCap(String claim, String cap) {
        // Bekendtgørelse om udenretlige inddrivelsesomkostninger, bilag 1 (claims from 1 July 2016)
        assertThat(charges.danishCollectionCostCap(Money.of(claim, "DKK"), LocalDate.of(2025, 1, 1)).amount().amount())
                .isEqualByComparingTo(cap);
    }

    @ParameterizedTest(name = "NO {0} {1} {2} vat={3} on {4}: {5}")
    @CsvSource(textBlock = """
            # inkassoforskriften kap. 2; sergel.no tables: 0.25 × 700 = 175 light, 350 heavy, business × 1.5
            500.00,  consumer, light, true,  2025-06-01, 175.00
            500.00,  consumer, heavy, true,  2025-06-01, 350.00
            500.00,  business, light, true,  2025-06-01, 262.50
            10000.00, business, heavy, true, 2025-06-01, 1680.00
            # 2026: inkassosats 750, so 0.25 × 750 = 187.50
            500.00,  consumer, light, true,  2026-02-01, 187.50
            # no input VAT deduction: + 25 %: 0.35 × 700 × 2 × 1.5 × 1.25
            1000.00, business, heavy, false, 2025-06-01, 918.75
            """, commentCharacter = '#')
    void norwegianSalaryCap(String principal, String debtor, String stage, boolean vatDeductible, LocalDate date,
                            String cap) {
        assertThat(charges.norwegianSalaryCap(Money.of(principal, "NOK"), DebtorType.parse(debtor),
                CollectionStage.parse(stage), vatDeductible, date, date).amount().amount()).isEqualByComparingTo(cap);
    }

    @Test
    void anAgencyAdminsCorrectionIsUsedAtOnce() {
        RateRow h2 = new RateRow(CountryCode.SE, DebtorScope.ANY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
                new java.math.BigDecimal("1.50"), new java.math.BigDecimal("8"), new java.math.BigDecimal("9.50"),
                DayCount.ACT_365, Verification.UNVERIFIED, "test: assumed", "Räntelag (1975:635) 6 §");
        org.reskontro.testing.TestOperators.runAsAgencyAdmin(() -> charges.saveRate(h2));
        assertThat(charges.rate(CountryCode.SE, DebtorType.CONSUMER, LocalDate.of(2026, 12, 2)).ratePercent())
                .isEqualByComparingTo("9.50");
    }

    private static LetterFeeQuery query(CountryCode country, DebtorType debtor, String due, String principal,
                                        boolean agreed, Letter... letters) {
        return new LetterFeeQuery(country, debtor, LocalDate.parse(due),
                new Money(new java.math.BigDecimal(principal), Charges.currency(country)), agreed, List.of(letters));
    }

    private static Letter letter(LetterType type, String sent) {
        return new Letter(type, LocalDate.parse(sent));
    }

    private static List<String> amounts(LetterFees fees) {
        return fees.fees().stream().map(f -> f.amount().amount().toPlainString()).toList();
    }
}
