package org.reskontro.creditors;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.reskontro.shared.AccountingSystemKind;

/** What may be shown of a connection: where it points and which credentials are set, never their values. */
public record ConnectionSummary(AccountingSystemKind system, URI apiBaseUrl, URI tokenUrl, String organisationId,
        Set<String> credentialsSet, Instant updatedAt) {
}
