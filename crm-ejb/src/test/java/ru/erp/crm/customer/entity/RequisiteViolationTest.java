package ru.erp.crm.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RequisiteViolationTest {

    @Test
    void exposesFieldAndMessageKey() {
        RequisiteViolation violation =
                new RequisiteViolation("bankAccounts[0].account", "crm.validation.account.checksum");

        assertEquals("bankAccounts[0].account", violation.field());
        assertEquals("crm.validation.account.checksum", violation.messageKey());
    }

    @Test
    void isComparedByValue() {
        assertEquals(new RequisiteViolation("inn", "k"), new RequisiteViolation("inn", "k"));
        assertNotEquals(new RequisiteViolation("inn", "k"), new RequisiteViolation("kpp", "k"));
    }

    @Test
    void rejectsNullComponents() {
        assertThrows(NullPointerException.class, () -> new RequisiteViolation(null, "k"));
        assertThrows(NullPointerException.class, () -> new RequisiteViolation("inn", null));
    }
}
