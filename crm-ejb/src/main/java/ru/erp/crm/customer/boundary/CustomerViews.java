package ru.erp.crm.customer.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.ContactPoint;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CustomerRole;
import ru.erp.crm.security.entity.UserAccount;

/** The read models of the customer base, built inside the boundary's transaction. */
public final class CustomerViews {

    private CustomerViews() {
    }

    /** One row of a customer list. */
    public record CustomerSummary(Long id, String kind, String name, String inn, String kpp, String category,
                                  String curator, Set<String> roles, Long headOfficeId, long version) {
        public static CustomerSummary of(Counterparty c) {
            return new CustomerSummary(c.id(), c.kind().name(), c.name(), c.inn(), c.kpp(), c.category().code(),
                    c.curator().map(UserAccount::login).orElse(null), roleCodes(c), c.headOffice().map(Counterparty::id).orElse(null),
                    c.version());
        }
    }

    /** The customer card. */
    public record CustomerView(Long id, String kind, String name, String fullName, String inn, String kpp,
                               String ogrn, String category, Set<String> roles, String curator,
                               String legalAddress, String actualAddress, String notes, Set<String> tags,
                               List<BankAccountView> bankAccounts, List<ContactPointView> contacts,
                               List<ExternalIdView> externalIds, Long headOfficeId, List<BranchView> branches,
                               Long mergedIntoId, Instant createdAt, Instant updatedAt, long version) {
        public static CustomerView of(Counterparty c, List<Counterparty> branches) {
            return new CustomerView(c.id(), c.kind().name(), c.name(), c.fullName(), c.inn(), c.kpp(), c.ogrn(),
                    c.category().code(), roleCodes(c), c.curator().map(UserAccount::login).orElse(null),
                    c.legalAddress(), c.actualAddress(), c.notes(), new TreeSet<>(c.tags()),
                    c.bankAccounts().stream().map(a -> new BankAccountView(a.bik(), a.accountNumber(), a.bankName())).toList(),
                    c.contactPoints().stream().filter(p -> p.person().isEmpty()).map(ContactPointView::of).toList(),
                    c.externalIds().stream().map(e -> new ExternalIdView(e.system().name(), e.value())).toList(),
                    c.headOffice().map(Counterparty::id).orElse(null),
                    branches.stream().map(b -> new BranchView(b.id(), b.name(), b.kpp())).toList(),
                    c.mergedInto().map(Counterparty::id).orElse(null), c.createdAt(), c.updatedAt(), c.version());
        }
    }

    public record BankAccountView(String bik, String account, String bankName) {
    }

    public record ExternalIdView(String system, String value) {
    }

    public record BranchView(Long id, String name, String kpp) {
    }

    public record ContactPointView(Long id, String kind, String purpose, String value, String normalized,
                                   LocalDate validFrom, LocalDate validTo) {
        static ContactPointView of(ContactPoint p) {
            return new ContactPointView(p.id(), p.kind().name(), p.purpose().name(), p.rawValue(), p.normalized(),
                    p.validFrom(), p.validTo());
        }
    }

    public record ContactPersonView(Long id, String fullName, String position, LocalDate birthday,
                                    List<ContactPointView> contacts, long version) {
        public static ContactPersonView of(ContactPerson person) {
            return new ContactPersonView(person.id(), person.fullName(), person.position(), person.birthday(),
                    person.contactPoints().stream().map(ContactPointView::of).toList(), person.version());
        }
    }

    /** Another live customer that shares a phone or e-mail with the one just saved. */
    public record DuplicateCandidate(Long id, String name, String matchedBy, String value) {
    }

    /** The saved card plus the duplicate warnings the user should look at. */
    public record CustomerSaved(CustomerView customer, List<DuplicateCandidate> warnings) {
    }

    /** An event on the customer's timeline (history, merges; later activities and documents). */
    public record TimelineEvent(Instant at, String type, String actor, String summary, String changes) {
    }

    private static Set<String> roleCodes(Counterparty c) {
        TreeSet<String> codes = new TreeSet<>(Comparator.naturalOrder());
        c.roles().stream().map(CustomerRole::name).forEach(codes::add);
        return codes;
    }
}
