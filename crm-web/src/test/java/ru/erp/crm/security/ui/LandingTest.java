package ru.erp.crm.security.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.erp.crm.security.entity.Role;

class LandingTest {

    @Test
    void salesPeopleLandOnTheirStartPageEveryoneElseOnTheCustomerList() {
        assertEquals(Landing.START, Landing.pageFor(Set.of(Role.Names.SALES_MANAGER)::contains));
        assertEquals(Landing.START, Landing.pageFor(Set.of(Role.Names.SALES_HEAD, Role.Names.ADMIN)::contains));
        assertEquals(Landing.CUSTOMERS, Landing.pageFor(Set.of(Role.Names.ADMIN)::contains));
        assertEquals(Landing.CUSTOMERS, Landing.pageFor(Set.of(Role.Names.FINANCE, Role.Names.MARKETER)::contains));
    }
}
