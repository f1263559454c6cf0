package ru.erp.crm.customer.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.customer.boundary.CustomerViews.ContactPersonView;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.customer.control.CustomerValidator;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/** The contact persons of a customer, under the customer's access rules. */
@Stateless
@PermitAll
public class ContactPersons {

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    public List<ContactPersonView> of(long customerId) {
        return CustomerAccess.visible(em, customerId, caller.scope()).contactPersons().stream()
                .map(ContactPersonView::of).toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public ContactPersonView add(long customerId, ContactPersonDraft draft) {
        Counterparty customer = changeable(customerId);
        requireValid(draft);
        ContactPerson person = customer.addContactPerson(draft.fullName().strip(), draft.position(), draft.birthday());
        person.replaceContactPoints(draft.contacts());
        customer.touch(Instant.now());
        em.flush();
        audit.record(AuditAction.CREATE, CustomerAccess.ENTITY, customerId, "contact " + person.fullName(), null, person.snapshot());
        return ContactPersonView.of(person);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public ContactPersonView update(long customerId, long personId, long expectedVersion, ContactPersonDraft draft) {
        Counterparty customer = changeable(customerId);
        ContactPerson person = personOf(customer, personId);
        if (person.version() != expectedVersion) {
            throw new StaleVersionException("contact", personId, expectedVersion, person.version());
        }
        requireValid(draft);
        var before = person.snapshot();
        person.describe(draft.fullName().strip(), draft.position(), draft.birthday());
        person.replaceContactPoints(draft.contacts());
        customer.touch(Instant.now());
        em.flush();
        audit.record(AuditAction.UPDATE, CustomerAccess.ENTITY, customerId, "contact " + person.fullName(), before, person.snapshot());
        return ContactPersonView.of(person);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
    public void delete(long customerId, long personId) {
        Counterparty customer = changeable(customerId);
        ContactPerson person = personOf(customer, personId);
        var before = person.snapshot();
        customer.removeContactPerson(person);
        customer.touch(Instant.now());
        audit.record(AuditAction.DELETE, CustomerAccess.ENTITY, customerId, "contact " + person.fullName(), before, null);
    }

    private Counterparty changeable(long customerId) {
        return CustomerAccess.changeable(em, customerId, caller.scope());
    }

    private static ContactPerson personOf(Counterparty customer, long personId) {
        return customer.contactPersons().stream().filter(p -> p.id() == personId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("contact", personId));
    }

    private static void requireValid(ContactPersonDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.fullName() == null || draft.fullName().isBlank()) {
            violations.add(new Violation("fullName", "crm.validation.required"));
        }
        CustomerValidator.contacts("contacts", draft.contacts(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
