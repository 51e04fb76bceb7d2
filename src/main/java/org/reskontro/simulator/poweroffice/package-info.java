/**
 * A PowerOffice Go API v2 stand-in over real HTTP: the contract's paths, query parameters and PascalCase DTOs, the
 * OAuth2 client-credentials token endpoint, the subscription key and its rate limit of 10 requests a second,
 * ProblemDetails errors, fault injection, KID on invoices, and seeded Norwegian demo data.
 */
@org.springframework.modulith.NamedInterface("poweroffice")
package org.reskontro.simulator.poweroffice;
