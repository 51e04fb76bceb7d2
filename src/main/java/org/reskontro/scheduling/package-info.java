/**
 * Triggers only: when a creditor's work runs. Jobs go through db-scheduler's table, so with several nodes on one
 * database each job instance runs on exactly one node. The per-creditor cycle (S-SYNC-3/4) runs its steps in the
 * seeds' order; each step is a bean that calls another module's facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling",
        allowedDependencies = {"shared", "platform", "creditors", "ledger", "dunning", "notification", "bookkeeping"})
package org.reskontro.scheduling;
