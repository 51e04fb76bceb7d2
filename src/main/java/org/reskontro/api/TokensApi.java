package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.reskontro.api.ApiModels.IssuedToken;
import org.reskontro.api.ApiModels.TokenInput;
import org.reskontro.creditors.Creditors;
import org.reskontro.platform.security.ApiTokens;
import org.reskontro.platform.security.CreditorNotVisibleException;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.shared.CreditorId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "API tokens", description = "Bearer tokens bound to one creditor")
@RestController
@RequestMapping("/api/v1/creditors/{creditorId}/api-tokens")
class TokensApi {

    private final ApiTokens tokens;
    private final Creditors creditors;

    TokensApi(ApiTokens tokens, Creditors creditors) {
        this.tokens = tokens;
        this.creditors = creditors;
    }

    @Operation(summary = "Issue a token for this creditor; the token is shown in this answer only")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@PathVariable String creditorId, @RequestBody TokenInput input) {
        CreditorId id = personWithAccess(creditorId);
        String name = input == null || input.name() == null || input.name().isBlank() ? "api" : input.name().trim();
        ApiTokens.Issued issued = tokens.issue(id, name);
        return new IssuedToken(issued.id(), issued.name(), issued.token());
    }

    @Operation(summary = "Tokens of this creditor (names and dates, never the tokens)")
    @GetMapping
    List<ApiTokens.Listed> list(@PathVariable String creditorId) {
        return tokens.list(personWithAccess(creditorId));
    }

    @Operation(summary = "Revoke a token")
    @DeleteMapping("/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String creditorId, @PathVariable UUID tokenId) {
        if (!tokens.revoke(personWithAccess(creditorId), tokenId)) {
            throw new ApiIds.NotFoundException("No token " + tokenId);
        }
    }

    /** Tokens are managed by people, not by other tokens. */
    private CreditorId personWithAccess(String creditorId) {
        CreditorId id = ApiIds.creditor(creditorId);
        if (CurrentOperator.get().username().startsWith("token:")) {
            throw new AccessDeniedException("An API token cannot manage API tokens");
        }
        CurrentOperator.requireAccessTo(id);
        creditors.get(id).orElseThrow(() -> new CreditorNotVisibleException(id));
        return id;
    }
}
