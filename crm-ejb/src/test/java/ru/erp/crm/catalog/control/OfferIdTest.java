package ru.erp.crm.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfferIdTest {

    @Test
    void anOfferOfAProductNamesTheProduct() {
        OfferId id = OfferId.of("bd8c4e15-18f9-11e7-80c2-0cc47ab29cd1");
        assertEquals("bd8c4e15-18f9-11e7-80c2-0cc47ab29cd1", id.productId());
        assertFalse(id.namesVariant());
    }

    @Test
    void anOfferOfACharacteristicNamesItsProductAndTheVariantByTheWholeId() {
        OfferId id = OfferId.of("73bde82a#daccfacb");
        assertEquals("73bde82a", id.productId());
        assertEquals("73bde82a#daccfacb", id.variantId());
        assertTrue(id.namesVariant());
    }

    @Test
    void anEmptyCharacteristicIsTheProductItself() {
        OfferId id = OfferId.of("73bde82a#");
        assertEquals("73bde82a", id.productId());
        assertFalse(id.namesVariant());
    }

    @Test
    void idsAreTrimmedAndABlankIdIsNone() {
        assertEquals("p1", ExternalIds.clean("  p1 "));
        assertNull(ExternalIds.clean("  "));
        assertNull(ExternalIds.clean(null));
    }
}
