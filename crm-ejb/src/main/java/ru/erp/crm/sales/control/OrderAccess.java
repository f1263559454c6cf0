package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.sales.entity.SalesOrder;
import ru.erp.crm.security.control.AccessScope;

/**
 * Record-level access to orders, through their customer: an order is visible exactly when its
 * customer is (otherwise it does not exist for the caller), and changed by those who may change
 * the customer.
 */
public final class OrderAccess {

    public static final String ENTITY = "salesOrder";

    private OrderAccess() {
    }

    public static SalesOrder visible(EntityManager em, long id, AccessScope scope) {
        return Optional.ofNullable(em.find(SalesOrder.class, id))
                .filter(order -> CustomerAccess.canSee(order.customer(), scope))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** A visible order the caller may change: 404 when invisible, 403 when its customer is someone else's. */
    public static SalesOrder changeable(EntityManager em, long id, AccessScope scope) {
        SalesOrder order = visible(em, id, scope);
        CustomerAccess.requireChangeable(order.customer(), scope);
        return order;
    }

    /**
     * A customer an order may be written for: visible (else 404), changeable by the caller (else
     * 403) and not merged into another record (else 422: its survivor takes the orders).
     */
    public static Counterparty orderableCustomer(EntityManager em, long customerId, AccessScope scope) {
        Counterparty customer = CustomerAccess.changeable(em, customerId, scope);
        if (customer.isMerged()) {
            throw new RuleViolationException("crm.rule.customer.merged",
                    customer.mergedInto().map(Counterparty::id).orElse(null));
        }
        return customer;
    }
}
