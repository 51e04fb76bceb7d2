package org.reskontro.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.reskontro.charges.Amount;
import org.reskontro.charges.Charges;
import org.reskontro.charges.ChargesInputException;
import org.reskontro.charges.CollectionStage;
import org.reskontro.charges.DayCount;
import org.reskontro.charges.DebtorScope;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Explanation;
import org.reskontro.charges.ExplanationTexts;
import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterFeeQuery;
import org.reskontro.charges.LetterFees;
import org.reskontro.charges.LetterType;
import org.reskontro.charges.RateRow;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.TariffRow;
import org.reskontro.charges.TariffUnit;
import org.reskontro.charges.Verification;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The charges calculator (the rules API's questions with their explanations, for people) and the rate and tariff
 * tables, which an agency admin corrects and extends.
 */
@Controller
class ChargesPages {

    private final Charges charges;
    private final ExplanationTexts texts;

    ChargesPages(Charges charges, ExplanationTexts texts) {
        this.charges = charges;
        this.texts = texts;
    }

    /** What the person asked: every field as typed, so the form shows it again with the answer. */
    record CalculatorInput(String question, String country, String debtor, String principal, String dueDate,
                           String paidDate, String letters, boolean reminderFeeAgreed, String stage,
                           boolean vatDeductible, int invoices) {
    }

    /** One answered line: a label (letter type and date, or the amount's name), the amount, the explanation. */
    record AnswerLine(String label, String amount, String rule, String statute, List<String> steps) {
    }

    @GetMapping("/charges/calculator")
    String calculator(@RequestParam(defaultValue = "interest") String question,
                      @RequestParam(defaultValue = "NO") String country,
                      @RequestParam(defaultValue = "consumer") String debtor,
                      @RequestParam(defaultValue = "") String principal,
                      @RequestParam(defaultValue = "") String dueDate,
                      @RequestParam(defaultValue = "") String paidDate,
                      @RequestParam(defaultValue = "") String letters,
                      @RequestParam(defaultValue = "false") boolean reminderFeeAgreed,
                      @RequestParam(defaultValue = "light") String stage,
                      @RequestParam(defaultValue = "true") boolean vatDeductible,
                      @RequestParam(defaultValue = "1") int invoices, Model model) {
        CalculatorInput input = new CalculatorInput(question, country, debtor, principal, dueDate, paidDate, letters,
                reminderFeeAgreed, stage, vatDeductible, invoices);
        model.addAttribute("input", input);
        model.addAttribute("countries", CountryCode.values());
        if (!principal.isBlank() || !dueDate.isBlank() || !paidDate.isBlank()) {
            try {
                model.addAttribute("answers", answer(input));
            } catch (IllegalArgumentException e) {
                model.addAttribute("problem", e.getMessage());
            }
        }
        return "charges-calculator";
    }

    @GetMapping("/charges/tables")
    String tables(@RequestParam(defaultValue = "NO") String country, Model model) {
        CountryCode code = CountryCode.parse(country);
        model.addAttribute("country", code);
        model.addAttribute("countries", CountryCode.values());
        model.addAttribute("rates", charges.rateTable(code));
        model.addAttribute("tariff", charges.tariffTable(code));
        model.addAttribute("items", TariffItem.values());
        model.addAttribute("units", TariffUnit.values());
        model.addAttribute("dayCounts", DayCount.values());
        model.addAttribute("scopes", DebtorScope.values());
        model.addAttribute("statuses", Verification.values());
        return "charges-tables";
    }

    @PostMapping("/charges/tables/rates")
    String saveRate(@RequestParam String country, @RequestParam String debtorScope, @RequestParam String validFrom,
                    @RequestParam String validTo, @RequestParam(defaultValue = "") String referenceRate,
                    @RequestParam(defaultValue = "") String margin, @RequestParam String ratePercent,
                    @RequestParam String dayCount, @RequestParam String status, @RequestParam String source,
                    @RequestParam String statute, Model model) {
        CurrentOperator.requireAgencyAdmin();
        try {
            charges.saveRate(new RateRow(CountryCode.parse(country), DebtorScope.valueOf(debtorScope),
                    date("validFrom", validFrom), date("validTo", validTo), optionalNumber(referenceRate),
                    optionalNumber(margin), number("ratePercent", ratePercent), DayCount.valueOf(dayCount),
                    Verification.valueOf(status), source.trim(), statute.trim()));
            return "redirect:/charges/tables?country=" + country + "&saved";
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            return tables(country, model);
        }
    }

    @PostMapping("/charges/tables/tariff")
    String saveTariff(@RequestParam String country, @RequestParam String item, @RequestParam String debtorScope,
                      @RequestParam String validFrom, @RequestParam(defaultValue = "") String validTo,
                      @RequestParam(defaultValue = "0") int band, @RequestParam(defaultValue = "") String bandUpTo,
                      @RequestParam String value, @RequestParam String unit,
                      @RequestParam(defaultValue = "") String currency, @RequestParam String status,
                      @RequestParam String source, @RequestParam String statute, Model model) {
        CurrentOperator.requireAgencyAdmin();
        try {
            charges.saveTariff(new TariffRow(CountryCode.parse(country), TariffItem.valueOf(item),
                    DebtorScope.valueOf(debtorScope), date("validFrom", validFrom),
                    validTo.isBlank() ? null : date("validTo", validTo), band, optionalNumber(bandUpTo),
                    number("value", value), TariffUnit.valueOf(unit),
                    currency.isBlank() ? null : Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT)),
                    Verification.valueOf(status), source.trim(), statute.trim()));
            return "redirect:/charges/tables?country=" + country + "&saved";
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            return tables(country, model);
        }
    }

    private List<AnswerLine> answer(CalculatorInput input) {
        CountryCode country = CountryCode.parse(input.country());
        DebtorType debtor = DebtorType.parse(input.debtor());
        return switch (input.question()) {
            case "interest" -> {
                var interest = charges.interest(country, debtor, money(country, input.principal()),
                        date("dueDate", input.dueDate()), date("paidDate", input.paidDate()));
                yield List.of(line("interest", interest.amount(), interest.explanation()));
            }
            case "letters" -> {
                LetterFees fees = charges.letterFees(new LetterFeeQuery(country, debtor, date("dueDate", input.dueDate()),
                        money(country, input.principal()), input.reminderFeeAgreed(), letters(input.letters())));
                List<AnswerLine> lines = new ArrayList<>();
                fees.fees().forEach(f -> lines.add(line(f.type().wireName() + " " + f.sent(), f.amount(), f.explanation())));
                lines.add(new AnswerLine("total", fees.total().toString(), "", "", List.of()));
                yield lines;
            }
            case "compensation" -> List.of(amountLine("compensation",
                    charges.compensation(country, debtor, date("dueDate", input.dueDate()), input.invoices())));
            case "collection-cost-cap" -> List.of(amountLine("collection-cost-cap",
                    charges.danishCollectionCostCap(money(CountryCode.DK, input.principal()), date("dueDate", input.dueDate()))));
            case "collection-salary-cap" -> List.of(amountLine("collection-salary-cap",
                    charges.norwegianSalaryCap(money(CountryCode.NO, input.principal()), debtor,
                            CollectionStage.parse(input.stage()), input.vatDeductible(),
                            date("paidDate", input.paidDate()), date("dueDate", input.dueDate()))));
            default -> throw new ChargesInputException("Unknown question '" + input.question() + "'");
        };
    }

    private AnswerLine amountLine(String label, Amount amount) {
        return line(label, amount.amount(), amount.explanation());
    }

    private AnswerLine line(String label, Money amount, Explanation explanation) {
        return new AnswerLine(label, amount.toString(), explanation.rule(), explanation.statute(),
                texts.steps(explanation, LocaleContextHolder.getLocale()));
    }

    /** One letter a line: its type and the date it was sent, e.g. "reminder 2025-01-20". */
    private static List<Letter> letters(String text) {
        List<Letter> letters = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                throw new ChargesInputException("Each letter line needs a type and a date, e.g. 'reminder 2025-01-20' "
                        + "(got '" + line.trim() + "')");
            }
            letters.add(new Letter(LetterType.parse(parts[0]), date("letter", parts[1])));
        }
        if (letters.isEmpty()) {
            throw new ChargesInputException("List at least one letter, one per line: type and date");
        }
        return letters;
    }

    private static Money money(CountryCode country, String text) {
        return new Money(number("principal", text), Charges.currency(country));
    }

    private static BigDecimal number(String name, String text) {
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ChargesInputException("'" + name + "' must be a number (got '" + text + "')");
        }
    }

    private static BigDecimal optionalNumber(String text) {
        return text == null || text.isBlank() ? null : number("number", text);
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ChargesInputException("'" + name + "' must be a date as YYYY-MM-DD (got '" + text + "')");
        }
    }
}
