/**
 * The Dinero connector: password-grant auth, paged reads of contacts, invoices and credit notes, per-voucher
 * payments, and Dinero's failure modes translated into the SPI's categories; and the booking side
 * ({@link org.reskontro.connector.dinero.DineroBookkeeping}): charge documents and payments, exactly once per key.
 * Dinero's DTOs stay in here.
 */
package org.reskontro.connector.dinero;
