package ru.erp.crm.integration.onec.bank;

import ru.erp.crm.integration.camel.MalformedMessageException;

/**
 * The input is not a readable 1CClientBankExchange file: wrong signature, an unknown format
 * version, broken section structure, undecodable bytes, or a file that ends early.
 *
 * <p>Unchecked because it surfaces from {@link java.util.Iterator} methods. The line lets an
 * operator open the file and see the damage; elements returned before it stay valid.
 */
public class BankExchangeFormatException extends MalformedMessageException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public BankExchangeFormatException(String detail, int line) {
        this(detail, line, null);
    }

    public BankExchangeFormatException(String detail, int line, Throwable cause) {
        super("Malformed 1CClientBankExchange file at line " + line + ": " + detail, cause);
        this.line = line;
    }

    /** 1-based line where reading failed. */
    public int getLine() {
        return line;
    }

    @Override
    public String position() {
        return "line " + line;
    }
}
