package ru.erp.crm.platform.ui;

import ru.erp.crm.platform.paging.PageRequest;

/** Turns a lazy table's row window into the page a boundary serves. */
public final class TablePage {

    private TablePage() {
    }

    /**
     * The page holding row {@code first}; a table asking for more rows than a boundary serves
     * gets the largest page, and the paginator stays aligned because its sizes are below that.
     */
    public static PageRequest of(int first, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        return new PageRequest(Math.max(0, first) / size, size);
    }
}
