package ru.erp.crm.platform.rest;

import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;

/** Reads {@code page} and {@code size} query parameters; anything but a number is a 400 naming it. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(String page, String size) {
        return PageRequest.of(number("page", page), number("size", size));
    }

    public static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(field, "crm.validation.number");
        }
    }

    public static long requiredNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.of(field, "crm.validation.required");
        }
        try {
            return Long.parseLong(value.strip().replace("\"", "").replace("W/", ""));
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(field, "crm.validation.number");
        }
    }
}
