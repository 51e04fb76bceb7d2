package org.reskontro.simulator.dinero;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;

/**
 * The order in which Dinero answers: token endpoint; Bearer token (401); organisation (404) and access to it
 * (403); planned faults; the rate limit (429); then the endpoint itself.
 */
final class DineroApi implements Function<ApiRequest, ApiResponse> {

    /** Dinero is a Danish service: "today" (due dates, Overdue) is Copenhagen's today. */
    static final ZoneId DINERO_ZONE = ZoneId.of("Europe/Copenhagen");

    private final SimulatorDirectory directory;
    private final AccessTokens tokens;
    private final TokenEndpoint tokenEndpoint;
    private final RateLimitWindows limits;
    private final FaultPlans faults;
    private final Clock clock;

    DineroApi(SimulatorDirectory directory, AccessTokens tokens, RateLimitWindows limits, FaultPlans faults,
            Clock clock) {
        this.directory = directory;
        this.tokens = tokens;
        this.tokenEndpoint = new TokenEndpoint(directory, tokens, clock);
        this.limits = limits;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public ApiResponse apply(ApiRequest request) {
        if (TokenEndpoint.PATH.equals(request.path())) {
            return tokenEndpoint.grant(request);
        }
        String apiKey = authenticate(request);
        String[] segments = request.segments();
        if (segments.length == 2 && "v1".equals(segments[0]) && "organizations".equals(segments[1])) {
            return organisations(apiKey, request);
        }
        if (segments.length < 3 || !segments[0].matches("v\\d+(\\.\\d+)?")) {
            throw ApiException.notFound("The simulator has no endpoint " + request.method() + " " + request.path());
        }
        OrganisationBooks books = organisation(segments[1]);
        if (!directory.hasAccess(apiKey, books.organisationId())) {
            throw new ApiException(403, "Forbidden",
                    "This API key has no access to organization " + books.organisationId());
        }
        Fault fault = faults.next(books.organisationId(), request.method(), request.path());
        ApiResponse instead = fault == null ? null : FaultPlans.instead(fault);
        if (instead != null) {
            return instead;
        }
        OptionalLong retryAfter = limits.admit(books.organisationId());
        if (retryAfter.isPresent()) {
            return ApiResponse.text(429, FaultPlans.QUOTA_EXCEEDED)
                    .withHeader("Retry-After", String.valueOf(retryAfter.getAsLong()));
        }
        if (fault != null) {
            faults.delayIfPlanned(fault);
        }
        ApiResponse response = OrganisationRoutes.handle(books, request, today(), clock.instant());
        if (fault == null) {
            return response;
        }
        response = faults.afterCommit(fault, response);
        if (response.status() != 200) {
            return response;
        }
        ApiResponse bent = FaultPlans.bend(fault, response);
        FaultPlans.afterwards(fault, books, clock.instant());
        return bent;
    }

    private String authenticate(ApiRequest request) {
        String authorization = request.header("Authorization").orElse("");
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : "";
        return tokens.apiKeyFor(token, clock.instant()).orElseThrow(() -> new ApiException(401, "Unauthorized",
                "Missing, unknown or expired access token"));
    }

    private OrganisationBooks organisation(String id) {
        try {
            return directory.organisation(Integer.parseInt(id))
                    .orElseThrow(() -> ApiException.notFound("Organization " + id + " was not found"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Organization " + id + " was not found");
        }
    }

    /** GET /v1/organizations: not bound to one organisation, so neither rate-limited nor faulted here. */
    private ApiResponse organisations(String apiKey, ApiRequest request) {
        if (!"GET".equals(request.method())) {
            throw new ApiException(405, "MethodNotAllowed", "/v1/organizations takes GET");
        }
        FieldSelection fields = FieldSelection.parse(request.param("fields").orElse(null), "id,name,isPro",
                ReadModels.ORGANISATION_PROPERTIES, "organizations");
        ArrayNode body = SimulatorJson.MAPPER.createArrayNode();
        directory.organisationsFor(apiKey).forEach(books -> body.add(fields.select(ReadModels.organisation(books))));
        return ApiResponse.json(200, body);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DINERO_ZONE);
    }
}
