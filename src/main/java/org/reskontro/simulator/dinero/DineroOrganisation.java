package org.reskontro.simulator.dinero;

/** An organisation in the simulator and the credentials that reach it. */
public record DineroOrganisation(int id, String name, DineroCredentials credentials) {
}
