package ru.erp.crm.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProductSearchTest {

    @Test
    void typedWildcardsAreMatchedLiterally() {
        assertEquals("100!% COTTON", ProductSearch.escapeLike("100% COTTON"));
        assertEquals("A!_B", ProductSearch.escapeLike("A_B"));
        assertEquals("WOW!!", ProductSearch.escapeLike("WOW!"));
    }
}
