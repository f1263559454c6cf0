package ru.erp.crm.finance.control;

import java.math.BigDecimal;
import java.util.Objects;
import ru.erp.crm.finance.entity.Payable;

/**
 * An open invoice as a plain value, read for matching one statement batch: the matcher decides on
 * these, and only the invoices a decision pays are loaded as entities to book the money. Booking
 * here lowers the open amount so that a later payment of the same batch sees what an earlier one
 * left; the version read with it tells whether the row changed before the entity was loaded.
 */
public final class OpenInvoice implements Payable {

    private final long id;
    private final long version;
    private final String number;
    private final String payerInn;
    private BigDecimal openAmount;

    public OpenInvoice(long id, long version, String number, String payerInn, BigDecimal amount, BigDecimal paidAmount) {
        this.id = id;
        this.version = version;
        this.number = Objects.requireNonNull(number, "number");
        this.payerInn = payerInn;
        this.openAmount = amount.subtract(paidAmount);
    }

    /**
     * Takes {@code share} off the open amount, as the entity will when the allocation is booked.
     *
     * @throws IllegalArgumentException when the share is not positive or exceeds the open amount
     */
    void book(BigDecimal share) {
        if (share.signum() <= 0 || share.compareTo(openAmount) > 0) {
            throw new IllegalArgumentException("cannot book " + share + " on invoice " + number + " with " + openAmount + " open");
        }
        openAmount = openAmount.subtract(share);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    @Override
    public String number() {
        return number;
    }

    public String payerInn() {
        return payerInn;
    }

    @Override
    public BigDecimal openAmount() {
        return openAmount;
    }

    @Override
    public boolean isOpen() {
        return openAmount.signum() > 0;
    }
}
