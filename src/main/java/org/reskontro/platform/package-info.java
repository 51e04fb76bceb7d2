/** Cross-cutting wiring: clock, database (embedded by default), secrets, security and error handling. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.reskontro.platform;
