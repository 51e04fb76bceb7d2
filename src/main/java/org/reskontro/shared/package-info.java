/** Value types every module speaks: money, creditor ids, countries, organisation numbers. No beans, no I/O. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.reskontro.shared;
