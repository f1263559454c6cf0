package ru.erp.crm.platform.audit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field-level difference between two snapshots of a record, written as the JSON array
 * {@code [{"field":…,"before":…,"after":…}]} the audit trail stores.
 */
public final class FieldChanges {

    /**
     * Looked up once: every Json.createXxx() call looks the provider up again through the
     * ServiceLoader, a class-path scan that took half of the time of a 1C import.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private FieldChanges() {
    }

    /** Fields whose value differs; null snapshots stand for "did not exist". */
    public static String between(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        JsonArrayBuilder changes = JSON.createArrayBuilder();
        int count = 0;
        for (String field : fields) {
            Object old = before == null ? null : before.get(field);
            Object now = after == null ? null : after.get(field);
            if (!Objects.equals(old, now)) {
                JsonObjectBuilder change = JSON.createObjectBuilder().add("field", field);
                addValue(change, "before", old);
                addValue(change, "after", now);
                changes.add(change);
                count++;
            }
        }
        return count == 0 ? null : changes.build().toString();
    }

    private static void addValue(JsonObjectBuilder change, String name, Object value) {
        if (value == null) {
            change.addNull(name);
        } else {
            change.add(name, String.valueOf(value));
        }
    }
}
