/**
 * What every connector's HTTP needs alike: retries with back-off through the injected sleeper, request counting, and
 * paging on through lists that change while they are read.
 */
package org.reskontro.connector.http;
