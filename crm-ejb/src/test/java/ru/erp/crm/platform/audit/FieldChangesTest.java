package ru.erp.crm.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void onlyChangedFieldsAreRecordedWithBeforeAndAfter() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "ООО «Старое»");
        before.put("inn", "7707083893");
        before.put("kpp", null);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("name", "ООО «Новое»");
        after.put("kpp", "773601001");
        assertEquals("[{\"field\":\"name\",\"before\":\"ООО «Старое»\",\"after\":\"ООО «Новое»\"},"
                + "{\"field\":\"kpp\",\"before\":null,\"after\":\"773601001\"}]", FieldChanges.between(before, after));
    }

    @Test
    void creationAndDeletionRecordEveryField() {
        Map<String, Object> record = Map.of("name", "ООО «Ромашка»");
        assertEquals("[{\"field\":\"name\",\"before\":null,\"after\":\"ООО «Ромашка»\"}]", FieldChanges.between(null, record));
        assertEquals("[{\"field\":\"name\",\"before\":\"ООО «Ромашка»\",\"after\":null}]", FieldChanges.between(record, null));
    }

    @Test
    void noChangeIsNoRecord() {
        Map<String, Object> same = new HashMap<>(Map.of("name", "x"));
        assertNull(FieldChanges.between(same, new HashMap<>(same)));
    }
}
