package de.heidelberg.partnerportal.report;

/**
 * A report that cannot be made as asked: a year that is no year (400), a city or network that does not exist (404),
 * both a city and a network (400). The message is a translation key.
 */
public class ReportException extends RuntimeException {

    private final int status;
    private final transient Object[] parameters;

    ReportException(int status, String messageKey, Object... parameters) {
        super(messageKey);
        this.status = status;
        this.parameters = parameters.clone();
    }

    /** The HTTP status of the refusal: 400 or 404. */
    public int status() {
        return status;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
