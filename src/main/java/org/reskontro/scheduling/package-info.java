/**
 * Triggers only: when a creditor's work runs. Jobs go through db-scheduler's table, so with several nodes on one
 * database each job instance runs on exactly one node.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling",
        allowedDependencies = {"shared", "platform", "ledger"})
package org.reskontro.scheduling;
