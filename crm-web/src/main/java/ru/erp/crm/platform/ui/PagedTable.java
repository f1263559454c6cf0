package ru.erp.crm.platform.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;

/**
 * A lazy table served one boundary page per load: the count comes with the page, the table's own
 * sorting and column filters are not used (the boundaries order their lists), and a refused query
 * shows its problem as a message and an empty table.
 */
public class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The boundary call serving one page (serializable: the tables live in view-scoped beans). */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        Page<T> of(PageRequest page);
    }

    /** The key a selectable row is known by. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final Pages<T> pages;
    private final RowKey<T> rowKey;

    /** A table whose rows are only shown. */
    public PagedTable(Pages<T> pages) {
        this(pages, null);
    }

    /** A table whose rows can be selected by their key. */
    public PagedTable(Pages<T> pages, RowKey<T> rowKey) {
        this.pages = pages;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return getRowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            Page<T> page = pages.of(TablePage.of(first, pageSize));
            setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
            return page.items();
        } catch (RuntimeException e) {
            Notices.problem(e);
            setRowCount(0);
            return List.of();
        }
    }

    @Override
    public String getRowKey(T row) {
        return rowKey == null ? super.getRowKey(row) : String.valueOf(rowKey.of(row));
    }

    @Override
    public T getRowData(String key) {
        if (rowKey == null) {
            return super.getRowData(key);
        }
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> String.valueOf(rowKey.of(row)).equals(key)).findFirst().orElse(null);
    }
}
