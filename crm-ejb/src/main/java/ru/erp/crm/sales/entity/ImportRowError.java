package ru.erp.crm.sales.entity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What is wrong with one cell of an imported row: the column as the file names it, a message
 * key of the {@code ValidationMessages} bundle and its argument (may be null). Stored one per
 * line, tab-separated, in the row's {@code errors} column.
 */
public record ImportRowError(String column, String messageKey, String argument) {

    static String encode(List<ImportRowError> errors) {
        return errors.isEmpty() ? null : errors.stream()
                .map(e -> clean(e.column()) + "\t" + e.messageKey() + "\t" + (e.argument() == null ? "" : clean(e.argument())))
                .collect(Collectors.joining("\n"));
    }

    static List<ImportRowError> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        // a row with very many errors is cut to its column: a cut last line is left out
        return Arrays.stream(stored.split("\n")).map(line -> line.split("\t", -1)).filter(parts -> parts.length == 3)
                .map(parts -> new ImportRowError(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2])).toList();
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }
}
