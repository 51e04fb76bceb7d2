/**
 * What a connector implements so Reskontro can book into an accounting system: fee invoices, interest notes,
 * credit notes that reverse them, and payments registered on them. Every booking carries an idempotency key the
 * connector writes into the accounting system's document, so asking twice never makes a second document (I2).
 * Everything here is neutral: ERP field names and DTOs stay inside {@code connector.<erp>}.
 */
@org.springframework.modulith.NamedInterface("spi")
package org.reskontro.bookkeeping.spi;
