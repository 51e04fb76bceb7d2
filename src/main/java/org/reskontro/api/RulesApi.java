package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.reskontro.charges.Amount;
import org.reskontro.charges.Charges;
import org.reskontro.charges.ChargesInputException;
import org.reskontro.charges.CollectionStage;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Explanation;
import org.reskontro.charges.ExplanationTexts;
import org.reskontro.charges.Interest;
import org.reskontro.charges.InterestStart;
import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterFee;
import org.reskontro.charges.LetterFeeQuery;
import org.reskontro.charges.LetterFees;
import org.reskontro.charges.LetterType;
import org.reskontro.charges.RateRow;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public rules calculators: stateless, no creditor needed. Amounts are strings with two decimals; every
 * answer carries its explanation, told in the request's language (Accept-Language; English by default).
 */
@Tag(name = "Rules", description = "Late-payment interest, fees and caps under DK, NO, SE and FI law, with explanations")
@RestController
@RequestMapping("/api/v1/rules/{country}")
class RulesApi {

    private final Charges charges;
    private final ExplanationTexts texts;

    RulesApi(Charges charges, ExplanationTexts texts) {
        this.charges = charges;
        this.texts = texts;
    }

    @Operation(summary = "The statutory late-payment interest rate on a date")
    @GetMapping("/rate")
    RateView rate(@PathVariable String country, @RequestParam(required = false) String date,
                  @RequestParam(required = false) String debtor) {
        CountryCode code = CountryCode.parse(country);
        LocalDate on = date("date", date);
        RateRow row = charges.rate(code, DebtorType.parse(debtor), on);
        return new RateView(code.name(), on, DebtorType.parse(debtor).wireName(), percent(row.ratePercent()),
                row.referenceRate() == null ? null : percent(row.referenceRate()),
                row.margin() == null ? null : percent(row.margin()), row.dayCount().name(), row.validFrom(),
                row.validTo(), row.status().name(), row.source(), row.statute());
    }

    @Operation(summary = "Late-payment interest on a principal from the due date to the payment date")
    @GetMapping("/interest")
    InterestView interest(@PathVariable String country, @RequestParam(required = false) String principal,
                          @RequestParam(required = false) String dueDate, @RequestParam(required = false) String paidDate,
                          @RequestParam(required = false) String debtor) {
        CountryCode code = CountryCode.parse(country);
        Interest interest = charges.interest(code, DebtorType.parse(debtor), money(code, "principal", principal),
                date("dueDate", dueDate), date("paidDate", paidDate));
        List<SegmentView> segments = interest.segments().stream().map(s -> new SegmentView(s.firstDay(), s.lastDay(),
                s.days(), s.yearDays(), percent(s.ratePercent()),
                s.exactAmount(interest.principal()).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString(),
                s.rateStatus().name(), s.rateSource())).toList();
        return new InterestView(code.name(), amount(interest.principal()), amount(interest.amount()),
                interest.amount().currency().getCurrencyCode(), interest.dueDate(), interest.paidDate(), interest.days(),
                interest.dayCount().name(), segments, explain(interest.explanation()));
    }

    @Operation(summary = "When interest starts if no due date was agreed (30 days after the demand was sent)")
    @GetMapping("/interest-start")
    InterestStartView interestStart(@PathVariable String country, @RequestParam(required = false) String demandSent) {
        InterestStart start = charges.interestStart(CountryCode.parse(country), date("demandSent", demandSent));
        return new InterestStartView(start.from(), explain(start.explanation()));
    }

    @Operation(summary = "The fee allowed for each letter of a sequence (0.00 with the reason when none is allowed)")
    @PostMapping("/letters")
    LettersView letters(@PathVariable String country, @RequestBody(required = false) LettersInput input) {
        CountryCode code = CountryCode.parse(country);
        if (input == null) {
            throw new ChargesInputException("A JSON body is required: debtor, dueDate, principal, letters");
        }
        if (input.letters() == null || input.letters().isEmpty()) {
            throw new ChargesInputException("letters must list at least one letter");
        }
        List<Letter> letters = input.letters().stream().map(l -> {
            if (l == null) {
                throw new ChargesInputException("A letter must not be null");
            }
            return new Letter(LetterType.parse(l.type()), date("letters[].sent", l.sent()));
        }).toList();
        LetterFees fees = charges.letterFees(new LetterFeeQuery(code, DebtorType.parse(input.debtor()),
                date("dueDate", input.dueDate()), money(code, "principal", input.principal()),
                Boolean.TRUE.equals(input.reminderFeeAgreed()), letters));
        Locale locale = LocaleContextHolder.getLocale();
        List<FeeView> views = fees.fees().stream().map(f -> fee(f, locale)).toList();
        return new LettersView(views, amount(fees.total()), fees.total().currency().getCurrencyCode());
    }

    @Operation(summary = "The flat B2B compensation for recovery costs, per overdue invoice")
    @GetMapping("/compensation")
    AmountView compensation(@PathVariable String country, @RequestParam(required = false) String debtor,
                            @RequestParam(required = false) String date, @RequestParam(required = false) Integer invoices) {
        return amount(charges.compensation(CountryCode.parse(country), DebtorType.parse(debtor), date("date", date),
                invoices == null ? 1 : invoices));
    }

    @Operation(summary = "Denmark: the cap on out-of-court collection costs (ex VAT) for a claim")
    @GetMapping("/collection-cost-cap")
    AmountView collectionCostCap(@PathVariable String country, @RequestParam(required = false) String claim,
                                 @RequestParam(required = false) String date) {
        only(CountryCode.DK, country);
        return amount(charges.danishCollectionCostCap(money(CountryCode.DK, "claim", claim), date("date", date)));
    }

    @Operation(summary = "Norway: the collection salær cap (lett or tung inndriving)")
    @GetMapping("/collection-salary-cap")
    AmountView collectionSalaryCap(@PathVariable String country, @RequestParam(required = false) String principal,
                                   @RequestParam(required = false) String debtor,
                                   @RequestParam(required = false) String stage,
                                   @RequestParam(required = false) String vatDeductible,
                                   @RequestParam(required = false) String date,
                                   @RequestParam(required = false) String dueDate) {
        only(CountryCode.NO, country);
        LocalDate on = date("date", date);
        return amount(charges.norwegianSalaryCap(money(CountryCode.NO, "principal", principal),
                DebtorType.parse(debtor), CollectionStage.parse(required("stage", stage)),
                bool("vatDeductible", vatDeductible), on, dueDate == null ? on : date("dueDate", dueDate)));
    }

    private FeeView fee(LetterFee fee, Locale locale) {
        return new FeeView(fee.type().wireName(), fee.sent(), amount(fee.amount()),
                texts.sentence(fee.explanation(), locale), explain(fee.explanation()));
    }

    private AmountView amount(Amount amount) {
        ExplanationView explanation = explain(amount.explanation());
        return new AmountView(amount(amount.amount()), amount.amount().currency().getCurrencyCode(),
                String.join(" ", explanation.steps()), explanation);
    }

    private ExplanationView explain(Explanation explanation) {
        return new ExplanationView(explanation.rule(), explanation.statute(),
                texts.steps(explanation, LocaleContextHolder.getLocale()));
    }

    private static void only(CountryCode expected, String country) {
        if (CountryCode.parse(country) != expected) {
            throw new ChargesInputException("This cap is defined for " + expected + " only (got " + country + ")");
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ChargesInputException("The parameter '" + name + "' is required");
        }
        return value;
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(required(name, value).trim());
        } catch (DateTimeParseException e) {
            throw new ChargesInputException("'" + name + "' must be a date as YYYY-MM-DD (got '" + value + "')");
        }
    }

    private static boolean bool(String name, String value) {
        return switch (required(name, value).trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ChargesInputException("'" + name + "' must be true or false (got '" + value + "')");
        };
    }

    private static Money money(CountryCode country, String name, String value) {
        String text = required(name, value).trim();
        if (!text.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
            throw new ChargesInputException("'" + name + "' must be an amount like 10000.00 (digits, at most two "
                    + "decimals; got '" + value + "')");
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() < 0) {
            throw new ChargesInputException("'" + name + "' must not be negative (got " + text + ")");
        }
        return new Money(amount, Charges.currency(country));
    }

    private static String amount(Money money) {
        return money.rounded().amount().toPlainString();
    }

    private static String percent(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    record RateView(String country, LocalDate date, String debtor, String ratePercent, String referenceRatePercent,
                    String marginPercent, String dayCount, LocalDate validFrom, LocalDate validTo, String status,
                    String source, String statute) {
    }

    record SegmentView(LocalDate from, LocalDate to, long days, int yearDays, String ratePercent, String exactAmount,
                       String rateStatus, String rateSource) {
    }

    record InterestView(String country, String principal, String interest, String currency, LocalDate dueDate,
                        LocalDate paidDate, long days, String dayCount, List<SegmentView> segments,
                        ExplanationView explanation) {
    }

    record InterestStartView(LocalDate from, ExplanationView explanation) {
    }

    record LettersInput(String debtor, String dueDate, String principal, Boolean reminderFeeAgreed,
                        List<LetterInput> letters) {
    }

    record LetterInput(String type, String sent) {
    }

    record FeeView(String type, LocalDate sent, String amount, String reason, ExplanationView explanation) {
    }

    record LettersView(List<FeeView> fees, String total, String currency) {
    }

    record AmountView(String amount, String currency, String reason, ExplanationView explanation) {
    }

    record ExplanationView(String rule, String statute, List<String> steps) {
    }
}
