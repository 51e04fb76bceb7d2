/** The creditor and agency web console: server-rendered pages (Thymeleaf + htmx), five languages. */
@org.springframework.modulith.ApplicationModule(displayName = "Console",
        allowedDependencies = {"shared", "platform", "creditors", "ledger", "scheduling", "charges", "dunning", "dunning :: policy", "notification", "bookkeeping", "bookkeeping :: spi"})
package org.reskontro.console;
