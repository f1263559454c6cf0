package ru.erp.crm.finance.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.security.control.AccessScope;

/** An invoice is visible exactly when its customer is; otherwise it does not exist for the caller. */
public final class InvoiceAccess {

    public static final String ENTITY = "invoice";

    private InvoiceAccess() {
    }

    public static Invoice visible(EntityManager em, long id, AccessScope scope) {
        return Optional.ofNullable(em.find(Invoice.class, id))
                .filter(invoice -> CustomerAccess.canSee(invoice.customer(), scope))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }
}
