package ru.erp.crm.platform.paging;

import java.util.List;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

/** A page of a list as a client asks for it: zero-based page number and size, bounded. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRequestException(List.of(new Violation("page", "crm.validation.page.negative")));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException(List.of(new Violation("size", "crm.validation.page.size", MAX_SIZE)));
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
