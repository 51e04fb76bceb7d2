/**
 * A Dinero API v1 stand-in over real HTTP: the contract's paths, parameters and PascalCase JSON, the legacy
 * password-grant token endpoint, the per-organisation rate limit, fault injection and seeded demo data.
 */
@org.springframework.modulith.NamedInterface("dinero")
package org.reskontro.simulator.dinero;
