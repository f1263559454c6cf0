package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.sales.entity.Proposal;
import ru.erp.crm.security.control.AccessScope;

/**
 * Record-level access to proposals, through their customer as for orders: visible exactly when the
 * customer is (otherwise 404), changed by those who may change the customer (otherwise 403).
 */
public final class ProposalAccess {

    public static final String ENTITY = "proposal";

    private ProposalAccess() {
    }

    public static Proposal visible(EntityManager em, long id, AccessScope scope) {
        return Optional.ofNullable(em.find(Proposal.class, id))
                .filter(proposal -> CustomerAccess.canSee(proposal.customer(), scope))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    public static Proposal changeable(EntityManager em, long id, AccessScope scope) {
        Proposal proposal = visible(em, id, scope);
        CustomerAccess.requireChangeable(proposal.customer(), scope);
        return proposal;
    }
}
