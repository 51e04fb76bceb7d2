/**
 * What a connector implements so the ledger can mirror an accounting system. Everything here is neutral:
 * ERP field names and DTOs stay inside {@code connector.<erp>}.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.reskontro.ledger.spi;
