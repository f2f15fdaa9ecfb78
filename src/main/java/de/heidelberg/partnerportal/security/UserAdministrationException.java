package de.heidelberg.partnerportal.security;

import java.util.Arrays;

/**
 * A request of user or API token administration that cannot be carried out; the message is a translation
 * key.
 */
public class UserAdministrationException extends RuntimeException {

    private final transient Object[] parameters;

    public UserAdministrationException(String messageKey, Object... parameters) {
        super(messageKey);
        this.parameters = parameters.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] parameters() {
        return Arrays.copyOf(parameters, parameters.length);
    }
}
