package ru.erp.crm.exchange.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void anAsciiNameIsGivenBothWays() {
        assertEquals("attachment; filename=\"import0_1.xml\"; filename*=UTF-8''import0_1.xml",
                ContentDisposition.attachment("import0_1.xml"));
    }

    @Test
    void aCyrillicNameKeepsItsLettersInTheUtf8Form() {
        assertEquals("attachment; filename=\"_____ 1.xml\"; filename*=UTF-8''%D0%B7%D0%B0%D0%BA%D0%B0%D0%B7%201.xml",
                ContentDisposition.attachment("заказ 1.xml"));
    }

    @Test
    void onlyTheFileNameOfAPathIsOffered() {
        assertEquals("attachment; filename=\"offers.xml\"; filename*=UTF-8''offers.xml",
                ContentDisposition.attachment("C:\\1c\\exchange/webdata/offers.xml"));
    }

    @Test
    void quotesAndLineBreaksCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a_b.xml\"; filename*=UTF-8''a%22b.xml",
                ContentDisposition.attachment("a\"b.xml\r\n"));
    }

    @Test
    void aMissingOrEmptyNameBecomesPayload() {
        assertEquals("attachment; filename=\"payload\"; filename*=UTF-8''payload", ContentDisposition.attachment(null));
        assertEquals("attachment; filename=\"payload\"; filename*=UTF-8''payload", ContentDisposition.attachment("dir/"));
    }
}
