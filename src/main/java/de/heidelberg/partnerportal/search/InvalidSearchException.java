package de.heidelberg.partnerportal.search;

/** A query that cannot be run; the message is a translation key. */
public class InvalidSearchException extends RuntimeException {

    public InvalidSearchException(String messageKey) {
        super(messageKey);
    }
}
