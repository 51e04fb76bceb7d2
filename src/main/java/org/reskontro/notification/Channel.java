package org.reskontro.notification;

/** How a notice reaches its recipient. */
public enum Channel {
    EMAIL, LETTER, EMAIL_AND_LETTER;

    public boolean emails() {
        return this != LETTER;
    }

    public boolean prints() {
        return this != EMAIL;
    }
}
