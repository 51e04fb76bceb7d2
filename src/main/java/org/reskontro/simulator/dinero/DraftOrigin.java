package org.reskontro.simulator.dinero;

import java.util.UUID;

/**
 * What a client may state about a draft beyond its content: its own Guid (null: the simulator picks one), its
 * ExternalReference, the invoice a credit note is for, and the language. Tests and the demo state none of it.
 */
record DraftOrigin(UUID guid, String externalReference, UUID creditNoteFor, String language) {

    static final DraftOrigin NONE = new DraftOrigin(null, null, null, null);
}
