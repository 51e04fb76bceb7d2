/**
 * The PowerOffice Go connector (API v2): client-credentials auth with the subscription key, paged reads of
 * customers and sent invoices and credit notes, payments from the customer ledger's matches, PDFs from the voucher
 * documentation, and PowerOffice's failure modes translated into the SPI's categories. Its DTOs stay in here.
 */
package org.reskontro.connector.poweroffice;
