package ru.erp.crm.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.sales.entity.SalesModel;
import ru.erp.crm.sales.entity.StagePlan;

class DemoSalesModelTest {

    @Test
    void theDemoTemplateIsAValidModelFromQualificationToContract() {
        List<StagePlan> stages = DemoSalesModel.stages();

        assertEquals(List.of(), SalesModel.violations(DemoSalesModel.NAME, stages));
        assertEquals(List.of(10, 30, 50, 70, 90, 100, 0), stages.stream().map(StagePlan::probability).toList());
        stages.stream().filter(stage -> stage.finalKind() == null).forEach(stage -> {
            int steps = stage.steps().size();
            assertTrue(steps >= 1 && steps <= 3, stage.name() + " has " + steps + " steps");
            assertTrue(stage.steps().stream().anyMatch(step -> step.blocking()), stage.name() + " blocks");
        });
    }
}
