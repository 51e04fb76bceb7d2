package org.reskontro.creditors;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.creditors.persistence.CreditorRows;
import org.reskontro.platform.secrets.SecretCipher;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.OrganisationNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers creditors and keeps their accounting-system connections; credentials are sealed with AES-GCM. */
@Service
public class Creditors {

    private static final List<String> SUPPORTED_CURRENCIES = List.of("DKK", "NOK", "SEK", "EUR");

    private final CreditorRows rows;
    private final org.reskontro.creditors.persistence.LetterheadRows letterheads;
    private final SecretCipher cipher;
    private final Clock clock;

    Creditors(CreditorRows rows, org.reskontro.creditors.persistence.LetterheadRows letterheads, SecretCipher cipher,
              Clock clock) {
        this.rows = rows;
        this.letterheads = letterheads;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** What the creditor's letters show of it besides its name; empty until set. */
    public Letterhead letterhead(CreditorId id) {
        return letterheads.find(id).orElse(Letterhead.empty());
    }

    /** Replaces the letterhead; invalid fields are an {@link InvalidCreditorException} listing each problem. */
    @Transactional
    public Letterhead saveLetterhead(CreditorId id, Letterhead letterhead) {
        get(id).orElseThrow(() -> new IllegalArgumentException("No creditor " + id));
        var problems = letterhead.problems();
        if (!problems.isEmpty()) {
            throw new InvalidCreditorException(problems);
        }
        letterheads.save(id, letterhead, clock.instant());
        return letterhead;
    }

    @Transactional
    public Creditor register(NewCreditor input) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = input.name() == null ? "" : input.name().trim();
        if (name.isEmpty()) {
            problems.put("name", "A name is required");
        }
        CountryCode country = parse(problems, "country", () -> CountryCode.parse(String.valueOf(input.country())));
        OrganisationNumber number = country == null ? null : parse(problems, "organisationNumber",
                () -> OrganisationNumber.parse(country, input.organisationNumber()));
        Currency currency = parse(problems, "currency", () -> supportedCurrency(input.currency()));
        ZoneId zone = parse(problems, "timeZone", () -> ZoneId.of(String.valueOf(input.timeZone()).trim()));
        if (input.startDate() == null) {
            problems.put("startDate", "A start date is required: nothing dated before it is transferred");
        }
        if (number != null && rows.existsByOrganisationNumber(country, number.value())) {
            problems.put("organisationNumber", "A creditor with this organisation number exists already");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCreditorException(problems);
        }
        CreditorId id = new CreditorId(UUID.randomUUID());
        rows.insert(new Creditor(id, name, country, number, currency, zone, input.startDate(), clock.instant(), null,
                Creditor.DEFAULT_CYCLE_TIMES));
        return get(id).orElseThrow();
    }

    /** Sets when the creditor's cycle runs (S-SYNC-3): 1 to 24 distinct whole minutes, local to its time zone. */
    @Transactional
    public Creditor scheduleCycles(CreditorId id, List<LocalTime> cycleTimes) {
        get(id).orElseThrow(() -> new IllegalArgumentException("No creditor " + id));
        rows.saveCycleTimes(id, CycleTimesRule.sorted(cycleTimes));
        return get(id).orElseThrow();
    }

    /**
     * The creditor a path names, if the signed-in operator may see it (I5). A malformed id, another tenant's creditor
     * and a missing one all raise the same {@link org.reskontro.platform.security.CreditorNotVisibleException} (shown
     * as 404), so nobody learns which creditors exist. The one tenant check of the console and the API.
     */
    public Creditor visible(String rawId) {
        CreditorId id;
        try {
            id = CreditorId.of(rawId);
        } catch (IllegalArgumentException e) {
            throw new org.reskontro.platform.security.CreditorNotVisibleException(rawId);
        }
        org.reskontro.platform.security.CurrentOperator.requireAccessTo(id);
        return get(id).orElseThrow(() -> new org.reskontro.platform.security.CreditorNotVisibleException(id));
    }

    public Optional<Creditor> get(CreditorId id) {
        return rows.find(id);
    }

    public List<Creditor> all() {
        return rows.all();
    }

    @Transactional
    public Creditor connect(CreditorId id, ConnectionSettings settings) {
        Creditor creditor = get(id).orElseThrow(() -> new IllegalArgumentException("No creditor " + id));
        Map<String, String> problems = new LinkedHashMap<>();
        if (settings.system() == null) {
            throw new InvalidCreditorException(Map.of("system", "Choose an accounting system"));
        }
        URI api = parse(problems, "apiBaseUrl", () -> url(settings.apiBaseUrl(), settings.system().defaultApiBaseUrl()));
        URI token = parse(problems, "tokenUrl", () -> url(settings.tokenUrl(), settings.system().defaultTokenUrl()));
        if (settings.organisationId() == null || settings.organisationId().isBlank()) {
            problems.put("organisationId", "The organisation id in " + settings.system().displayName() + " is required");
        }
        Map<String, String> credentials = new HashMap<>(storedCredentials(creditor));
        settings.credentials().forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                credentials.put(key, value.trim());
            }
        });
        for (String required : settings.system().credentialNames()) {
            if (!credentials.containsKey(required)) {
                problems.put(required, "Required for " + settings.system().displayName());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCreditorException(problems);
        }
        String sealed = cipher.encrypt(CredentialCodec.encode(credentials), id.toString());
        rows.saveConnection(id, settings.system(), api, token, settings.organisationId().trim(), sealed,
                credentials.keySet(), clock.instant());
        return get(id).orElseThrow();
    }

    /** The decrypted connection, for the sync only; empty when none is configured. */
    public Optional<ErpAccess> access(CreditorId id) {
        return get(id).filter(c -> c.connection() != null).map(creditor -> {
            ConnectionSummary summary = creditor.connection();
            return new ErpAccess(id, summary.system(), summary.apiBaseUrl(), summary.tokenUrl(),
                    summary.organisationId(), storedCredentials(creditor));
        });
    }

    private Map<String, String> storedCredentials(Creditor creditor) {
        return rows.sealedCredentials(creditor.id())
                .map(sealed -> CredentialCodec.decode(cipher.decrypt(sealed, creditor.id().toString())))
                .orElse(Map.of());
    }

    private static Currency supportedCurrency(String code) {
        Currency currency = Currency.getInstance(String.valueOf(code).trim().toUpperCase(java.util.Locale.ROOT));
        if (!SUPPORTED_CURRENCIES.contains(currency.getCurrencyCode())) {
            throw new IllegalArgumentException("Supported currencies are " + SUPPORTED_CURRENCIES);
        }
        return currency;
    }

    private static URI url(String given, URI fallback) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        URI uri = URI.create(given.trim());
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("An http(s) URL is required");
        }
        return uri;
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(Map<String, String> problems, String field, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.put(field, e.getMessage() == null ? "Invalid value" : e.getMessage());
            return null;
        }
    }
}
