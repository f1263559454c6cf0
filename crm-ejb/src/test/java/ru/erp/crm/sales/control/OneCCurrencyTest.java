package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OneCCurrencyTest {

    @Test
    void roublesAreWrittenInManyWaysAndOtherCurrenciesByTheirIsoCode() {
        for (String roubles : new String[] {null, " ", "руб", "Руб.", "643", "RUR", "rub"}) {
            assertEquals("RUB", OneCCurrency.code(roubles), roubles);
        }
        assertEquals("USD", OneCCurrency.code(" usd "));
        assertEquals("currency «доллар» is not an ISO code",
                assertThrows(DocumentRefused.class, () -> OneCCurrency.code("доллар")).getMessage());
    }
}
