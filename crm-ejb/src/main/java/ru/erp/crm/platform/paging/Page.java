package ru.erp.crm.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list in the shape every list of the API answers. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }

    /** A short list that is never paged (a card's contacts, a user's grants) in the list shape. */
    public static <T> Page<T> ofAll(List<T> items) {
        return new Page<>(items, items.size(), 0, Math.max(items.size(), 1));
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
