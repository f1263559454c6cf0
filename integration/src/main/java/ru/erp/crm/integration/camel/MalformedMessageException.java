package ru.erp.crm.integration.camel;

/**
 * A message that cannot be read as its format says (broken markup, an unknown version, a file
 * cut short). Retrying it cannot help: the journal dead-letters it with {@link #position()}, so an
 * administrator can open the file at that place. Unchecked because readers surface it from
 * {@link java.util.Iterator} methods.
 */
public abstract class MalformedMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Where in the message reading stopped, e.g. "line 12, column 5". */
    public abstract String position();
}
