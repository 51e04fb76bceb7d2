package org.reskontro.simulator.poweroffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * The order in which PowerOffice Go answers: the gateway (subscription key: 401; throttle: 429), the token endpoint,
 * the Bearer token (401), planned faults, then the endpoint under /v2 (and the faults that strike after it).
 */
final class PowerOfficeApi implements Function<ApiRequest, ApiResponse> {

    /** PowerOffice Go is a Norwegian service: "today" (due invoices) is Oslo's today. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String API_ROOT = "/v2";

    private final Integrations integrations;
    private final AccessTokens tokens;
    private final TokenEndpoint tokenEndpoint;
    private final RateLimitWindows limits;
    private final FaultPlans faults;
    private final Clock clock;

    PowerOfficeApi(Integrations integrations, AccessTokens tokens, RateLimitWindows limits, FaultPlans faults,
            Clock clock) {
        this.integrations = integrations;
        this.tokens = tokens;
        this.tokenEndpoint = new TokenEndpoint(integrations, tokens, clock);
        this.limits = limits;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public ApiResponse apply(ApiRequest request) {
        boolean token = request.path().equalsIgnoreCase(TokenEndpoint.PATH);
        boolean api = request.path().regionMatches(true, 0, API_ROOT + "/", 0, API_ROOT.length() + 1);
        if (!token && !api) {
            throw Problem.notFound("The simulator has no endpoint " + request.method() + " " + request.path());
        }
        Optional<String> subscriptionKey = request.header(Gateway.SUBSCRIPTION_KEY_HEADER);
        if (subscriptionKey.isEmpty()) {
            return Gateway.missingSubscriptionKey();
        }
        if (!integrations.knowsSubscriptionKey(subscriptionKey.get())) {
            return Gateway.invalidSubscriptionKey();
        }
        OptionalLong retryAfter = limits.admit(subscriptionKey.get());
        if (retryAfter.isPresent()) {
            return Gateway.rateLimited(retryAfter.getAsLong());
        }
        if (token) {
            return tokenEndpoint.grant(request);
        }
        Optional<UUID> client = bearer(request);
        if (client.isEmpty()) {
            return Gateway.unauthorized();
        }
        ClientBooks books = integrations.require(client.get());
        Fault fault = faults.next(client.get());
        ApiResponse instead = fault == null ? null : FaultPlans.instead(fault);
        if (instead != null) {
            return instead;
        }
        if (fault != null) {
            faults.delayIfPlanned(fault);
        }
        ApiResponse response = Routes.handle(books, FaultPlans.shifting(request, fault),
                request.path().substring(API_ROOT.length()), today(),
                clock.instant());
        if (fault instanceof Fault.CommittedThenServerError || fault instanceof Fault.CommittedThenDelay) {
            return faults.afterCommit(fault, response);
        }
        return fault == null || response.status() != 200 ? response : FaultPlans.bend(fault, response);
    }

    private Optional<UUID> bearer(ApiRequest request) {
        String authorization = request.header("Authorization").orElse("");
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.clientFor(authorization.substring(7).trim(), clock.instant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OSLO);
    }
}
