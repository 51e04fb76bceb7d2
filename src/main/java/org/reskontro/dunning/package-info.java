/**
 * Decides when and how overdue invoices are reminded: policies as versioned data, a daily evaluation that gives
 * every open invoice its next action (or none, with the reason), fees and interest asked from charges, and every
 * decision recorded with the terms it was made with (S-DUN-1..6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dunning",
        allowedDependencies = {"shared", "platform", "creditors", "ledger", "charges", "charges :: reference", "notification"})
package org.reskontro.dunning;
