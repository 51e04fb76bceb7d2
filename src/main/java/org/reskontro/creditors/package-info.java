/** Creditor accounts (the tenants) and how to reach each one's accounting system, credentials encrypted at rest. */
@org.springframework.modulith.ApplicationModule(displayName = "Creditors", allowedDependencies = {"shared", "platform"})
package org.reskontro.creditors;
