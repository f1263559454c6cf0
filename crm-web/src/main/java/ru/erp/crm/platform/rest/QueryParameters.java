package ru.erp.crm.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.erp.crm.platform.problem.InvalidRequestException;

/** Reads list filters from query parameters; blank means "any", anything unreadable is a 400 naming it. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of(field, "crm.validation.date");
        }
    }

    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(field, "crm.validation.choice",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidRequestException.of(field, "crm.validation.choice", "true, false");
        };
    }

    public static Long id(String field, String value) {
        return value == null || value.isBlank() ? null : Paging.requiredNumber(field, value);
    }
}
