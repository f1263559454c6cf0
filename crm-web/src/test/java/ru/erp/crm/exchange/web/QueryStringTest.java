package ru.erp.crm.exchange.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void readsTheParametersOfA1cCall() {
        QueryString query = QueryString.parse("type=catalog&mode=file&filename=import_files%2Fab%2Fc.jpg");
        assertEquals("catalog", query.getOrNull("type"));
        assertEquals("file", query.getOrNull("mode"));
        assertEquals("import_files/ab/c.jpg", query.getOrNull("filename"));
    }

    @Test
    void decodesCyrillicNamesAndKeepsTheFirstOfRepeatedParameters() {
        QueryString query = QueryString.parse("filename=%D0%B8%D0%BC%D0%BF%D0%BE%D1%80%D1%82.xml&mode=import&mode=file");
        assertEquals("импорт.xml", query.getOrNull("filename"));
        assertEquals("import", query.getOrNull("mode"));
    }

    @Test
    void noQueryOrBrokenEscapesAreNotErrors() {
        assertNull(QueryString.parse(null).getOrNull("mode"));
        assertEquals("", QueryString.parse("sessid").getOrNull("sessid"));
        assertEquals("100%", QueryString.parse("x=100%").getOrNull("x"));
    }
}
