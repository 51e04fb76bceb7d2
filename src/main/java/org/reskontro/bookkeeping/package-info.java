/**
 * Books what Reskontro charged back into the creditor's accounting system (S-FEE-1..7): fee invoices, interest notes
 * and the credit notes that reverse written-off charges, through a persistent, ordered outbox whose every row carries
 * an idempotency key, so a retry, a restart or a second node never books anything twice (I2, S-SYNC-7). Watches
 * what debtors paid on those documents (payment monitoring) and reports each invoice with its charges as one line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bookkeeping",
        allowedDependencies = {"shared", "platform", "creditors", "ledger", "ledger :: spi", "dunning", "notification"})
package org.reskontro.bookkeeping;
