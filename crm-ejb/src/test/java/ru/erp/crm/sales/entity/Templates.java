package ru.erp.crm.sales.entity;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/** Test fixtures: the B2B template's shape and entities with the ids the database would give. */
final class Templates {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private Templates() {
    }

    /** Qualification (one blocking step) → Presentation → Proposal → won / lost. */
    static List<StagePlan> threeStages() {
        return List.of(
                new StagePlan(null, "Квалификация", 10, null, List.of(
                        new StepPlan(null, "Выявить потребность", 2, SalesStep.CURATOR, true),
                        new StepPlan(null, "Согласовать бюджет", 5, "SALES_HEAD", false))),
                new StagePlan(null, "Презентация", 30, null, List.of()),
                new StagePlan(null, "Коммерческое предложение", 50, null, List.of()),
                new StagePlan(null, "Выиграна", 100, Outcome.WON, List.of()),
                new StagePlan(null, "Проиграна", 0, Outcome.LOST, List.of()));
    }

    static SalesModel model() {
        return new SalesModel("Типовая продажа B2B", true, threeStages(), "head", NOW);
    }

    static UserAccount user(long id, String login) {
        return withId(new UserAccount(login, login, "x", Set.of(Role.SALES_MANAGER), NOW), id);
    }

    static Counterparty customer(CustomerCategory category, String legalAddress) {
        Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»", category, NOW);
        customer.changeAddresses(legalAddress, null);
        return customer;
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
