package ru.erp.crm.finance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OverdueDebtsTest {

    @Test
    void aBlankCuratorMeansEveryCustomer() {
        OverdueDebts debts = new OverdueDebts();
        assertNull(debts.curatorFilter());

        debts.setCurator("  ");
        assertNull(debts.curatorFilter());

        debts.setCurator(" manager ");
        assertEquals("manager", debts.curatorFilter());
    }
}
