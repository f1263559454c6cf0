package ru.erp.crm.customer.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.customer.control.CustomerValidator;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.control.AccessScope;
import ru.erp.crm.security.entity.UserAccount;

/**
 * Applies a validated draft to a counterparty, resolving the codes and logins it names.
 * Shared by the user-facing boundary and the exchange import so both obey the same rules.
 */
@Stateless
public class CustomerAssembler {

    @PersistenceContext
    EntityManager em;

    /** A category the caller can see, by code; an unknown or invisible one is a field error. */
    public CustomerCategory category(String code, AccessScope scope) {
        return em.createNamedQuery(CustomerCategory.BY_CODE, CustomerCategory.class)
                .setParameter("code", code.strip())
                .getResultStream()
                .filter(c -> scope.canSee(c.id()))
                .findFirst()
                .orElseThrow(() -> InvalidRequestException.of("category", "crm.validation.category.unknown", code));
    }

    public void apply(CustomerDraft draft, Counterparty customer) {
        List<Violation> violations = new ArrayList<>();
        customer.rename(draft.name(), blankToNull(draft.fullName()));
        customer.changeRequisites(draft.inn(), draft.kpp(), draft.ogrn());
        customer.changeAddresses(draft.legalAddress(), draft.actualAddress());
        customer.writeNotes(draft.notes());
        customer.playRoles(CustomerValidator.roles(draft.roles(), violations));
        customer.tag(draft.tags());
        customer.replaceBankAccounts(draft.bankAccounts());
        customer.replaceOwnContactPoints(draft.contacts());
        // No curator named: keep the current one (the boundary assigns a creating manager).
        if (draft.curator() != null && !draft.curator().isBlank()) {
            customer.assignCurator(curator(draft.curator().strip()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private UserAccount curator(String login) {
        return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login)
                .getResultStream().findFirst()
                .orElseThrow(() -> InvalidRequestException.of("curator", "crm.validation.curator.unknown", login));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
