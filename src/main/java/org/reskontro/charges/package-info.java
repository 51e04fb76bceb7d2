/**
 * Fees, late-payment interest and collection-cost caps under Danish, Norwegian, Swedish and Finnish law, answered
 * from effective-dated tables that carry their sources; every amount explains itself. Plain Java at its core
 * ({@code rules} and the country packages); the tables live in the database and are edited by agency admins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charges", allowedDependencies = {"shared", "platform"})
package org.reskontro.charges;
