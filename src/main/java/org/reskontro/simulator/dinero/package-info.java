/**
 * A Dinero API v1 stand-in over real HTTP: the contract's paths, parameters and PascalCase JSON, the legacy
 * password-grant token endpoint, the per-organisation rate limit, fault injection and seeded demo data. Besides the
 * reads it serves the sales writes a bookkeeping connector needs: drafts with a client-chosen Guid, booking, credit
 * notes for an invoice and payments, each write quoting the voucher's TimeStamp.
 */
@org.springframework.modulith.NamedInterface("dinero")
package org.reskontro.simulator.dinero;
