package org.reskontro.simulator.poweroffice;

import java.util.UUID;

/** A client company in the simulator (a PowerOffice Go "client"), and the keys that reach it. */
public record PowerOfficeClient(UUID id, String name, String organisationNumber, PowerOfficeCredentials credentials) {
}
