package org.reskontro.charges;

/** The question cannot be answered as asked (bad input, or a date the tables do not cover); the message says why. */
public class ChargesInputException extends IllegalArgumentException {

    public ChargesInputException(String message) {
        super(message);
    }
}
