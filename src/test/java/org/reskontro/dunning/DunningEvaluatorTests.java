package org.reskontro.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reskontro.dunning.domain.BusinessCalendar;
import org.reskontro.dunning.domain.Channel;
import org.reskontro.dunning.domain.ClaimSnapshot;
import org.reskontro.dunning.domain.DebtorStanding;
import org.reskontro.dunning.domain.DelayFrom;
import org.reskontro.dunning.domain.DunningEvaluator;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.DunningStep;
import org.reskontro.dunning.domain.IssuedStep;
import org.reskontro.dunning.domain.NextAction;
import org.reskontro.dunning.domain.Reason;
import org.reskontro.dunning.domain.StandardPolicies;
import org.reskontro.dunning.domain.StepType;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/** The pure next-action rule: its guards in order, repeats, pre-due notices, manual steps and business days. */
class DunningEvaluatorTests {

    private static final LocalDate DUE = LocalDate.of(2025, 2, 17); // a Monday
    private static final BusinessCalendar NORWAY = new BusinessCalendar(CountryCode.NO);
    private static final DunningPolicy NO_POLICY = StandardPolicies.forCountry(CountryCode.NO, UUID.randomUUID());

    @Test
    void guardsComeInAFixedOrderSoTheMostFundamentalReasonShows() {
        assertThat(reason(claim("0.00", DebtorStanding.FOLLOW_UP_OFF, true, null, null))).isEqualTo(Reason.PAID);
        assertThat(reason(claim("10.00", DebtorStanding.FOLLOW_UP_OFF, true, null, null))).isEqualTo(Reason.BELOW_MINIMUM);
        assertThat(reason(claim("500.00", DebtorStanding.FOLLOW_UP_OFF, true, null, null)))
                .isEqualTo(Reason.DEBTOR_FOLLOW_UP_OFF);
        assertThat(reason(claim("500.00", DebtorStanding.FOLLOWED_UP, true, DUE.plusDays(60), null)))
                .isEqualTo(Reason.DISPUTED);
        NextAction paused = DunningEvaluator.nextAction(NO_POLICY,
                claim("500.00", DebtorStanding.FOLLOWED_UP, false, DUE.plusDays(60), null), DUE.plusDays(30), NORWAY);
        assertThat(paused).isEqualTo(new NextAction.None(Reason.PAUSED, DUE.plusDays(60)));
    }

    @Test
    void theAccountingSystemsCustomerCardIsHonoured() {
        ClaimSnapshot noReminders = new ClaimSnapshot(UUID.randomUUID(), "d", false, DUE, Money.of("500.00", "NOK"),
                List.of(), DebtorStanding.FOLLOWED_UP, false, null, null,
                java.util.Set.of(org.reskontro.shared.FollowUpRestriction.NO_REMINDERS));
        assertThat(reason(noReminders)).isEqualTo(Reason.ERP_NO_REMINDERS);
        ClaimSnapshot noCollection = new ClaimSnapshot(UUID.randomUUID(), "d", false, DUE, Money.of("500.00", "NOK"),
                List.of(), DebtorStanding.FOLLOWED_UP, false, null, 3,
                java.util.Set.of(org.reskontro.shared.FollowUpRestriction.NO_DEBT_COLLECTION));
        assertThat(reason(noCollection)).isEqualTo(Reason.DEBTOR_EXCLUDED_FROM_COLLECTION);
    }

    @Test
    void beforeTheFirstStepTheInvoiceWaitsAndSaysWhy() {
        NextAction notDue = DunningEvaluator.nextAction(NO_POLICY, claim("500.00", DebtorStanding.FOLLOWED_UP, false,
                null, null), DUE.minusDays(3), NORWAY);
        assertThat(notDue).isInstanceOfSatisfying(NextAction.Wait.class, w -> {
            assertThat(w.reason()).isEqualTo(Reason.NOT_DUE_YET);
            assertThat(w.until()).isEqualTo(LocalDate.of(2025, 2, 24)); // due + 5 is a Saturday: the Monday after
        });
    }

    @Test
    void aManualNextStepGoesStraightThereButAnExcludedDebtorIsNeverHandedOver() {
        ClaimSnapshot straightToCollection = claim("500.00", DebtorStanding.FOLLOWED_UP, false, null, 3);
        assertThat(DunningEvaluator.nextAction(NO_POLICY, straightToCollection, DUE.plusDays(1), NORWAY))
                .isInstanceOfSatisfying(NextAction.Issue.class, i -> {
                    assertThat(i.step().type()).isEqualTo(StepType.COLLECTION_HANDOVER);
                    assertThat(i.manual()).isTrue();
                });
        ClaimSnapshot excluded = claim("500.00", DebtorStanding.EXCLUDED_FROM_COLLECTION, false, null, 3);
        assertThat(reason(excluded)).isEqualTo(Reason.DEBTOR_EXCLUDED_FROM_COLLECTION);
    }

    @Test
    void aRepeatGivesWayToTheNextStepWhenTheyWouldGoOutTogether() {
        // Reminder sent Monday 24 Feb; its repeat falls on Saturday 1 March = Monday 3 March, the purring's day.
        ClaimSnapshot claim = new ClaimSnapshot(UUID.randomUUID(), "d", false, DUE, Money.of("500.00", "NOK"),
                List.of(new IssuedStep(0, StepType.REMINDER, LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 3))),
                DebtorStanding.FOLLOWED_UP, false, null, null);
        assertThat(DunningEvaluator.nextAction(NO_POLICY, claim, LocalDate.of(2025, 3, 3), NORWAY))
                .isInstanceOfSatisfying(NextAction.Issue.class, i -> assertThat(i.step().type())
                        .isEqualTo(StepType.DUNNING_LETTER));
    }

    @Test
    void aPreDueNoticeIsSkippedOnceTheDueDateHasPassed() {
        DunningPolicy withNotice = new DunningPolicy(UUID.randomUUID(), 1, "With notice", CountryCode.NO,
                Money.of("0.00", "NOK"), false, List.of(
                new DunningStep(StepType.PRE_DUE_NOTICE, -3, DelayFrom.DUE_DATE, 0, Channel.EMAIL, false, false, false,
                        false, 0, 0),
                new DunningStep(StepType.DUNNING_LETTER, 14, DelayFrom.DUE_DATE, 14, Channel.EMAIL, true, true, false,
                        false, 0, 0)));
        ClaimSnapshot fresh = claim("500.00", DebtorStanding.FOLLOWED_UP, false, null, null);
        assertThat(DunningEvaluator.nextAction(withNotice, fresh, DUE.minusDays(3), NORWAY))
                .isInstanceOfSatisfying(NextAction.Issue.class, i -> assertThat(i.step().type())
                        .isEqualTo(StepType.PRE_DUE_NOTICE));
        assertThat(DunningEvaluator.nextAction(withNotice, fresh, DUE.plusDays(1), NORWAY))
                .isInstanceOfSatisfying(NextAction.Wait.class, w -> assertThat(w.step().type())
                        .isEqualTo(StepType.DUNNING_LETTER));
    }

    @Test
    void nothingGoesOutOnAHolidayAndDeadlinesMoveToTheNextBusinessDay() {
        // Norway, 17 May 2025 is a Saturday; Ascension Day is Thursday 29 May 2025.
        ClaimSnapshot claim = new ClaimSnapshot(UUID.randomUUID(), "d", false, LocalDate.of(2025, 5, 15),
                Money.of("500.00", "NOK"), List.of(), DebtorStanding.FOLLOWED_UP, false, null, 1);
        assertThat(DunningEvaluator.nextAction(NO_POLICY, claim, LocalDate.of(2025, 5, 29), NORWAY))
                .isEqualTo(new NextAction.Wait(1, NO_POLICY.step(1), LocalDate.of(2025, 5, 30), Reason.NOT_A_BUSINESS_DAY));
        assertThat(DunningEvaluator.nextAction(NO_POLICY, claim, LocalDate.of(2025, 5, 16), NORWAY))
                .isInstanceOfSatisfying(NextAction.Issue.class, i -> assertThat(i.deadline())
                        .isEqualTo(LocalDate.of(2025, 5, 30))); // 16 May + 14 = Friday 30 May
    }

    @Test
    void easterAndTheNationalHolidaysAreComputed() {
        assertThat(new BusinessCalendar(CountryCode.DK).namedHolidays(2025)).containsKeys(
                LocalDate.of(2025, 4, 17), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), // Easter 20 April
                LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 5));
        assertThat(new BusinessCalendar(CountryCode.DK).namedHolidays(2023)).containsKey(LocalDate.of(2023, 5, 5));
        assertThat(new BusinessCalendar(CountryCode.DK).namedHolidays(2024)).doesNotContainKey(LocalDate.of(2024, 4, 26));
        assertThat(new BusinessCalendar(CountryCode.SE).namedHolidays(2025)).containsKeys(
                LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 20), LocalDate.of(2025, 11, 1));
        assertThat(new BusinessCalendar(CountryCode.FI).namedHolidays(2026)).containsKeys(
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 6, 19));
        assertThat(new BusinessCalendar(CountryCode.NO).namedHolidays(2026)).containsKeys(
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 17));
    }

    private static Reason reason(ClaimSnapshot claim) {
        NextAction action = DunningEvaluator.nextAction(NO_POLICY, claim, DUE.plusDays(30), NORWAY);
        assertThat(action).isInstanceOf(NextAction.None.class);
        return ((NextAction.None) action).reason();
    }

    private static ClaimSnapshot claim(String open, DebtorStanding standing, boolean disputed, LocalDate pausedUntil,
                                       Integer overrideStep) {
        return new ClaimSnapshot(UUID.randomUUID(), "debtor", false, DUE, Money.of(open, "NOK"), List.of(), standing,
                disputed, pausedUntil, overrideStep);
    }
}
