package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import java.util.List;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.Letterhead;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Creditors", description = "Creditor accounts and their accounting-system connections")
@RestController
@RequestMapping("/api/v1/creditors/{creditorId}/letterhead")
class LetterheadApi {

    private final Creditors creditors;

    LetterheadApi(Creditors creditors) {
        this.creditors = creditors;
    }

    @Operation(summary = "What the creditor's letters show besides its name: address, contact, payment account, logo")
    @GetMapping
    LetterheadIo letterhead(@PathVariable String creditorId) {
        return LetterheadIo.of(creditors.letterhead(visible(creditorId).id()));
    }

    @Operation(summary = "Replace the letterhead; the logo is a base64 PNG of at most 512 KB (null: none)")
    @PutMapping
    LetterheadIo save(@PathVariable String creditorId, @RequestBody LetterheadIo input) {
        Creditor creditor = visible(creditorId);
        byte[] logo;
        try {
            logo = input.logoPngBase64() == null ? null : Base64.getDecoder().decode(input.logoPngBase64());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("logoPngBase64 is not base64");
        }
        return LetterheadIo.of(creditors.saveLetterhead(creditor.id(), new Letterhead(input.address(), input.email(),
                input.phone(), input.paymentAccount(), logo)));
    }

    private Creditor visible(String raw) {
        return ApiIds.visibleCreditor(creditors, raw);
    }

    record LetterheadIo(List<String> address, String email, String phone, String paymentAccount,
                        String logoPngBase64) {
        static LetterheadIo of(Letterhead l) {
            return new LetterheadIo(l.address(), l.email(), l.phone(), l.paymentAccount(),
                    l.logoPng() == null ? null : Base64.getEncoder().encodeToString(l.logoPng()));
        }
    }
}
