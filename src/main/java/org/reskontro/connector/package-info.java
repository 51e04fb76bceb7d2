/** Anti-corruption layer: one sub-package per accounting system, each implementing the ledger's SPI. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounting-system connectors",
        allowedDependencies = {"shared", "ledger :: spi", "bookkeeping :: spi", "platform"})
package org.reskontro.connector;
