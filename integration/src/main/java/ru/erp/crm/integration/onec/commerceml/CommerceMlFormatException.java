package ru.erp.crm.integration.onec.commerceml;

import ru.erp.crm.integration.camel.MalformedMessageException;

/**
 * The CommerceML input is not a well-formed CommerceML document.
 *
 * <p>Unchecked because it surfaces from {@link java.util.Iterator} methods, which cannot declare
 * checked exceptions. Line and column point at the place where the parser gave up, so an operator
 * can open the 1C file and see the damage.
 */
public class CommerceMlFormatException extends MalformedMessageException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public CommerceMlFormatException(String detail, int line, int column, Throwable cause) {
        super("Malformed CommerceML at line " + line + ", column " + column + ": " + detail, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line where parsing failed, or -1 if the parser could not tell. */
    public int getLine() {
        return line;
    }

    /** 1-based column where parsing failed, or -1 if the parser could not tell. */
    public int getColumn() {
        return column;
    }

    @Override
    public String position() {
        return "line " + line + ", column " + column;
    }
}
