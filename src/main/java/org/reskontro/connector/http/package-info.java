/** What every connector's HTTP needs alike: retries with back-off through the injected sleeper, and request counting. */
package org.reskontro.connector.http;
