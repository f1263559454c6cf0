package ru.erp.crm.platform.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompanyCardTest {

    @Test
    void configuredValuesReplaceTheDemoOnesOneByOne() {
        CompanyCard card = CompanyCard.configured(Map.of("name", "ООО «Вектор»", "inn", " 7736207543 ", "bik", "")::get);

        assertEquals("ООО «Вектор»", card.name());
        assertEquals("7736207543", card.inn());
        assertEquals(CompanyCard.demo().bik(), card.bik(), "blank is not configured");
        assertEquals(CompanyCard.demo().account(), card.account());
    }
}
