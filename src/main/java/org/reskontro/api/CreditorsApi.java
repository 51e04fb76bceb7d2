package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.reskontro.api.ApiModels.ConnectionInput;
import org.reskontro.api.ApiModels.CreditorInput;
import org.reskontro.api.ApiModels.CreditorView;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.InvalidCreditorException;
import org.reskontro.creditors.NewCreditor;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.platform.security.Operator;
import org.reskontro.shared.AccountingSystemKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Creditors", description = "Creditor accounts and their accounting-system connection")
@RestController
@RequestMapping("/api/v1/creditors")
class CreditorsApi {

    private final Creditors creditors;

    CreditorsApi(Creditors creditors) {
        this.creditors = creditors;
    }

    @Operation(summary = "The creditors the caller may see: all for an agency admin, its own for a creditor user or token")
    @GetMapping
    List<CreditorView> list() {
        Operator operator = CurrentOperator.get();
        return creditors.all().stream().filter(c -> operator.canAccess(c.id())).map(CreditorView::of).toList();
    }

    @Operation(summary = "Register a creditor (agency admin), optionally with its accounting-system connection")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreditorView create(@RequestBody CreditorInput input) {
        CurrentOperator.requireAgencyAdmin();
        Creditor created = creditors.register(new NewCreditor(input.name(), input.country(), input.organisationNumber(),
                input.currency(), input.timeZone(), input.startDate()));
        if (input.connection() != null) {
            created = creditors.connect(created.id(), settings(input.connection()));
        }
        return CreditorView.of(created);
    }

    @Operation(summary = "One creditor")
    @GetMapping("/{creditorId}")
    CreditorView get(@PathVariable String creditorId) {
        return CreditorView.of(visible(creditorId));
    }

    @Operation(summary = "Set the accounting-system connection; omitted credentials keep their stored values")
    @PutMapping("/{creditorId}/connection")
    CreditorView connect(@PathVariable String creditorId, @RequestBody ConnectionInput input) {
        Creditor creditor = visible(creditorId);
        return CreditorView.of(creditors.connect(creditor.id(), settings(input)));
    }

    private Creditor visible(String creditorId) {
        return ApiIds.visibleCreditor(creditors, creditorId);
    }

    static ConnectionSettings settings(ConnectionInput input) {
        AccountingSystemKind kind;
        try {
            kind = AccountingSystemKind.valueOf(String.valueOf(input.system()).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCreditorException(Map.of("system", "Unknown accounting system '" + input.system() + "'"));
        }
        return new ConnectionSettings(kind, input.apiBaseUrl(), input.tokenUrl(), input.organisationId(),
                input.credentials());
    }
}
