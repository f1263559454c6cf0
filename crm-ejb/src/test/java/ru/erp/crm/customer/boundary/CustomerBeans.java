package ru.erp.crm.customer.boundary;

import jakarta.persistence.EntityManager;

/** Wires the customer beans other components' boundary tests call, as the container would. */
public final class CustomerBeans {

    private CustomerBeans() {
    }

    public static void useEntityManager(EntityManager em, CustomerAssembler assembler) {
        assembler.em = em;
    }
}
