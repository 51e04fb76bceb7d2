/**
 * Dunning's pure domain: policies and their steps, the next-action rule, business-day calendars. Plain Java, no
 * Spring; published as the named interface "policy" because the console and the API edit policies step by step.
 */
@org.springframework.modulith.NamedInterface("policy")
package org.reskontro.dunning.domain;
