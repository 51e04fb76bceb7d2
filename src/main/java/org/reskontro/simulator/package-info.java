/** In-process stand-ins for the accounting systems Reskontro connects to, for demos and tests. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounting-system simulators", allowedDependencies = {"shared"})
package org.reskontro.simulator;
