package org.reskontro.creditors;

import java.util.Map;

/** Input that cannot become a creditor; each field's problem in words a person can act on. */
public class InvalidCreditorException extends IllegalArgumentException {

    private final Map<String, String> problems;

    public InvalidCreditorException(Map<String, String> problems) {
        super("Invalid creditor: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
