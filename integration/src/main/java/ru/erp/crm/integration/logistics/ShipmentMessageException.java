package ru.erp.crm.integration.logistics;

import ru.erp.crm.integration.camel.MalformedMessageException;

/**
 * A logistics message the CRM cannot take as it is: not XML, not valid against shipment-1.0.xsd,
 * or about an order the CRM does not know. Redelivering it cannot help, so the journal
 * dead-letters it with {@link #position()}: the line and column where reading stopped and the
 * element concerned, e.g. {@code line 4, column 32, element ShipmentStatus/status}.
 */
public class ShipmentMessageException extends MalformedMessageException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String element;

    ShipmentMessageException(String detail, int line, int column, String element, Throwable cause) {
        super(detail, cause);
        this.line = line;
        this.column = column;
        this.element = element;
    }

    /** A status about an order that neither its Ид nor its number finds. */
    static ShipmentMessageException unknownOrder(String orderGuid, String orderNumber) {
        return new ShipmentMessageException("No order with Ид " + (orderGuid == null ? "-" : orderGuid)
                + " / number " + (orderNumber == null ? "-" : orderNumber), -1, -1, "ShipmentStatus/order", null);
    }

    /** 1-based line where reading stopped, or -1 when the problem is not at one place of the text. */
    public int getLine() {
        return line;
    }

    /** 1-based column where reading stopped, or -1. */
    public int getColumn() {
        return column;
    }

    /** The path of the element concerned ({@code ShipmentStatus/order}), or null before the first element. */
    public String getElement() {
        return element;
    }

    @Override
    public String position() {
        String at = line > 0 ? "line " + line + ", column " + column : "";
        if (element == null) {
            return at;
        }
        return at.isEmpty() ? "element " + element : at + ", element " + element;
    }
}
