/**
 * Structured payment references: generate and check Norwegian KID (MOD10, MOD11), Danish FIK betalings-ID (+71,
 * +75), Swedish OCR, Finnish viitenumero and the ISO 11649 RF creditor reference. Plain Java; rules and test
 * vectors from LEGAL.md section 5.
 */
@org.springframework.modulith.NamedInterface("reference")
@org.jspecify.annotations.NullMarked
package org.reskontro.charges.reference;
