/**
 * Demo mode: two Danish creditors on the Dinero simulator and two Norwegian ones on the PowerOffice Go simulator,
 * their users, and a first sync. Never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"shared", "platform", "creditors", "ledger", "scheduling", "charges", "dunning", "bookkeeping", "simulator :: dinero",
                "simulator :: poweroffice"})
package org.reskontro.demo;
