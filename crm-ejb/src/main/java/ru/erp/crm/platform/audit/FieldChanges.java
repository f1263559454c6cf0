package ru.erp.crm.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field-level difference between two snapshots of a record, written as the JSON array
 * {@code [{"field":…,"before":…,"after":…}]} the audit trail stores.
 */
public final class FieldChanges {

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
        JsonArrayBuilder changes = Json.createArrayBuilder();
        int count = 0;
        for (String field : fields) {
            Object old = before == null ? null : before.get(field);
            Object now = after == null ? null : after.get(field);
            if (!Objects.equals(old, now)) {
                JsonObjectBuilder change = Json.createObjectBuilder().add("field", field);
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
