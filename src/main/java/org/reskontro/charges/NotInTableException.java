package org.reskontro.charges;

/**
 * No table row covers the date asked for. Never answered with a guess: an agency admin adds the row (with its
 * source) in the console, and the question can be asked again.
 */
public class NotInTableException extends ChargesInputException {

    public NotInTableException(String message) {
        super(message);
    }
}
