package ru.erp.crm.customer.boundary;

import jakarta.persistence.EntityManager;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.security.control.CallerScope;

/** Wires the customer beans other components' boundary tests call, as the container would. */
public final class CustomerBeans {

    private CustomerBeans() {
    }

    public static void useEntityManager(EntityManager em, CustomerAssembler assembler) {
        assembler.em = em;
    }

    /** The customer base's boundaries on one call's entity manager, sharing its caller and audit trail. */
    public static void wire(EntityManager em, CallerScope caller, AuditTrail audit, Customers customers,
                            ContactPersons contactPersons, CustomerAssembler assembler) {
        assembler.em = em;
        customers.em = em;
        customers.caller = caller;
        customers.audit = audit;
        customers.assembler = assembler;
        contactPersons.em = em;
        contactPersons.caller = caller;
        contactPersons.audit = audit;
    }
}
