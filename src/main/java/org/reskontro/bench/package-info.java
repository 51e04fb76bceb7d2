/**
 * Benchmarks run from the command line ({@code java -jar reskontro.jar bench …}): each starts Reskontro on a fresh
 * embedded database and the Dinero simulator, measures one use case through its facades and prints a report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks",
        allowedDependencies = {"shared", "platform", "creditors", "ledger", "dunning", "dunning :: policy", "bookkeeping", "simulator :: dinero"})
package org.reskontro.bench;
