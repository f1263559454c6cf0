package ru.erp.crm.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.sales.entity.Outcome;
import ru.erp.crm.sales.entity.SalesModel;
import ru.erp.crm.sales.entity.SalesStep;
import ru.erp.crm.sales.entity.StagePlan;
import ru.erp.crm.sales.entity.StepPlan;

/**
 * The demo company's sales model «Типовая продажа B2B»: five working stages from qualification
 * (10 %) to the contract (90 %), then won and lost, with one to three steps a stage; the steps a
 * deal cannot go on without are blocking, and the discount approval is the sales head's.
 * (The close reasons come with the schema: every installation needs them.)
 */
final class DemoSalesModel {

    static final String NAME = "Типовая продажа B2B";

    private DemoSalesModel() {
    }

    static SalesModel load(EntityManager em, AuditTrail audit, Instant now) {
        SalesModel model = new SalesModel(NAME, true, stages(), "system", now);
        em.persist(model);
        em.flush();
        audit.record(AuditAction.CREATE, "demo", "salesModel", "demo sales model «" + NAME + "»", null, null);
        return model;
    }

    static List<StagePlan> stages() {
        String curator = SalesStep.CURATOR;
        return List.of(
                new StagePlan(null, "Квалификация", 10, null, List.of(
                        new StepPlan(null, "Выявить потребность и бюджет", 2, curator, true),
                        new StepPlan(null, "Определить лицо, принимающее решение", 3, curator, false))),
                new StagePlan(null, "Презентация", 30, null, List.of(
                        new StepPlan(null, "Провести презентацию решения", 5, curator, true),
                        new StepPlan(null, "Отправить материалы после встречи", 6, curator, false))),
                new StagePlan(null, "Коммерческое предложение", 50, null, List.of(
                        new StepPlan(null, "Подготовить коммерческое предложение", 3, curator, true),
                        new StepPlan(null, "Согласовать скидку", 2, "SALES_HEAD", false),
                        new StepPlan(null, "Получить обратную связь по КП", 7, curator, false))),
                new StagePlan(null, "Согласование", 70, null, List.of(
                        new StepPlan(null, "Согласовать условия поставки и оплаты", 5, curator, true))),
                new StagePlan(null, "Заключение договора", 90, null, List.of(
                        new StepPlan(null, "Подписать договор", 5, curator, true),
                        new StepPlan(null, "Выставить счёт", 6, curator, false))),
                new StagePlan(null, "Выиграна", 100, Outcome.WON, List.of()),
                new StagePlan(null, "Проиграна", 0, Outcome.LOST, List.of()));
    }
}
