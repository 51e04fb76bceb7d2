/**
 * The mirror of each creditor's open receivables (customers, invoices, credit notes, payments), kept in step
 * with its accounting system by syncs; documents once transferred are never edited, only revised (S-SYNC-8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger mirror",
        allowedDependencies = {"shared", "platform", "creditors"})
package org.reskontro.ledger;
