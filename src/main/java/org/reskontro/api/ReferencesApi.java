package org.reskontro.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.reskontro.charges.reference.HyphenCheckDigit;
import org.reskontro.charges.reference.ReferenceScheme;
import org.reskontro.charges.reference.ReferenceValidation;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.OrganisationNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Stateless calculators for payment references and organisation numbers: no creditor, no sign-in, rate-limited per
 * client (platform.web). An invalid value is an answer (200, valid=false, with the reason); only a request that
 * cannot be answered (unknown scheme or country, missing parameter, a payload that cannot get a check digit) is 400.
 */
@Tag(name = "Calculators", description = "Payment references and organisation numbers: anonymous, rate-limited per client")
@ApiResponse(responseCode = "400", description = "Unknown scheme or country, a missing parameter, or a payload that "
        + "cannot get a check digit (problem+json saying why)")
@ApiResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After (problem+json)")
@RestController
@RequestMapping("/api/v1")
class ReferencesApi {

    private static final String SCHEMES = "kid-mod10, kid-mod11 (Norwegian KID); fik71, fik75 (Danish FI-kort "
            + "betalings-ID; +75 is inferred, verify with the FI agreement); se-ocr (Swedish OCR with length digit), "
            + "se-ocr-check-digit (check digit only); fi-ref (Finnish viitenumero); rf (ISO 11649 creditor reference)";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GeneratedReference(String reference, String scheme, String printed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReferenceCheck(boolean valid, String scheme, String normalised, @Nullable String printed,
            @Nullable String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrganisationNumberCheck(boolean valid, String country, @Nullable String normalised, @Nullable String reason) {
    }

    @Operation(summary = "Generate a payment reference: the payload with its check digit(s), and its printed form")
    @GetMapping("/references/{scheme}")
    GeneratedReference generate(
            @Parameter(description = SCHEMES, schema = @Schema(allowableValues = {"kid-mod10", "kid-mod11", "fik71",
                    "fik75", "se-ocr", "se-ocr-check-digit", "fi-ref", "rf"})) @PathVariable String scheme,
            @Parameter(description = "Digits (letters and digits for rf) before the check digit; spaces are ignored")
            @RequestParam String payload,
            @Parameter(description = "kid-mod11 only: write '-' as the check digit when the remainder is 1, for OCR "
                    + "agreements that accept it; otherwise such a payload is refused")
            @RequestParam(defaultValue = "false") boolean allowHyphen) {
        ReferenceScheme chosen = ReferenceScheme.byApiName(scheme);
        String reference = chosen.generate(payload, allowHyphen ? HyphenCheckDigit.ALLOW : HyphenCheckDigit.REFUSE);
        return new GeneratedReference(reference, chosen.apiName(), chosen.printed(reference));
    }

    @Operation(summary = "Check a payment reference; spaces are ignored, and case in rf")
    @GetMapping("/references/{scheme}/validation")
    ReferenceCheck validate(
            @Parameter(description = SCHEMES, schema = @Schema(allowableValues = {"kid-mod10", "kid-mod11", "fik71",
                    "fik75", "se-ocr", "se-ocr-check-digit", "fi-ref", "rf"})) @PathVariable String scheme,
            @Parameter(description = "The reference as printed or typed") @RequestParam String value) {
        ReferenceScheme chosen = ReferenceScheme.byApiName(scheme);
        ReferenceValidation validation = chosen.validate(value);
        String printed = validation.valid() ? chosen.printed(validation.normalised()) : null;
        return new ReferenceCheck(validation.valid(), chosen.apiName(), validation.normalised(), printed,
                validation.reason());
    }

    @Operation(summary = "Check an organisation number: DK CVR, NO organisasjonsnummer, SE organisationsnummer, "
            + "FI Y-tunnus; spaces, dots and a VAT prefix are ignored")
    @GetMapping("/organisation-numbers/{country}/{number}")
    OrganisationNumberCheck organisationNumber(
            @Parameter(schema = @Schema(allowableValues = {"DK", "NO", "SE", "FI"})) @PathVariable String country,
            @Parameter(description = "e.g. 13748136, 923609016, 556012-5790, 2077474-0") @PathVariable String number) {
        CountryCode code = CountryCode.parse(country);
        try {
            OrganisationNumber parsed = OrganisationNumber.parse(code, number);
            return new OrganisationNumberCheck(true, code.name(), parsed.value(), null);
        } catch (IllegalArgumentException invalid) {
            return new OrganisationNumberCheck(false, code.name(), null, invalid.getMessage());
        }
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The query parameter '" + e.getParameterName() + "' is missing");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == boolean.class ? "true or false"
                : e.getRequiredType() == null ? "another value" : "a " + e.getRequiredType().getSimpleName();
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The parameter '" + e.getName() + "' must be " + expected + ", not '" + e.getValue() + "'");
    }
}
