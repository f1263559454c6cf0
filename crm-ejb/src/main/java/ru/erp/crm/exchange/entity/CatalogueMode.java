package ru.erp.crm.exchange.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a catalogue file may deactivate the products it does not mention. */
public enum CatalogueMode {
    /** 1C's СодержитТолькоИзменения decides: a full catalogue deactivates what it omits. */
    FILE_DECIDES,
    /** Every file is treated as changes only: nothing is deactivated for being absent. */
    ALWAYS_PARTIAL;

    /** The mode a client named, case and surrounding blanks ignored. */
    public static Optional<CatalogueMode> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.name().equals(wanted)).findFirst();
    }
}
