package ru.erp.crm.catalog.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.erp.crm.catalog.boundary.CatalogElement;

/**
 * The order a batch's elements are applied in: kind by kind (price types, warehouses, properties,
 * groups, products, offers), so an element finds what it refers to when the same batch carries it,
 * and within a kind in batch order, except that a group comes after its parent.
 */
final class ApplicationOrder {

    private static final List<Class<?>> KINDS = List.of(CatalogElement.PriceType.class,
            CatalogElement.Warehouse.class, CatalogElement.Property.class, CatalogElement.Group.class,
            CatalogElement.Product.class, CatalogElement.Offer.class, CatalogElement.Unreadable.class);

    private ApplicationOrder() {
    }

    /** The batch's indexes by kind of element, in batch order within a kind, groups parents first. */
    static List<Integer> of(List<CatalogElement> batch) {
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            order.add(index);
        }
        order.sort(Comparator.comparingInt(index -> kindRank(batch.get(index))));
        return parentsFirst(order, batch);
    }

    private static int kindRank(CatalogElement element) {
        for (int rank = 0; rank < KINDS.size(); rank++) {
            if (KINDS.get(rank).isInstance(element)) {
                return rank;
            }
        }
        throw new IllegalArgumentException("Unknown catalogue element " + element);
    }

    /**
     * Moves each group after its parent when both are in the batch, so the child finds its parent
     * (and the parent's id) whatever order the reader met them in.
     */
    private static List<Integer> parentsFirst(List<Integer> order, List<CatalogElement> batch) {
        Map<String, List<Integer>> groupsById = new LinkedHashMap<>();
        for (int index : order) {
            if (batch.get(index) instanceof CatalogElement.Group group && ExternalIds.clean(group.externalId()) != null) {
                groupsById.computeIfAbsent(ExternalIds.clean(group.externalId()), id -> new ArrayList<>()).add(index);
            }
        }
        List<Integer> result = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        for (int index : order) {
            if (batch.get(index) instanceof CatalogElement.Group) {
                placeGroup(index, batch, groupsById, placed, result, new HashSet<>());
            } else {
                result.add(index);
            }
        }
        return result;
    }

    private static void placeGroup(int index, List<CatalogElement> batch, Map<String, List<Integer>> groupsById,
                                   Set<Integer> placed, List<Integer> result, Set<Integer> path) {
        if (placed.contains(index) || !path.add(index)) {
            return;
        }
        String parentId = ExternalIds.clean(((CatalogElement.Group) batch.get(index)).parentExternalId());
        for (int parent : groupsById.getOrDefault(parentId, List.of())) {
            placeGroup(parent, batch, groupsById, placed, result, path);
        }
        placed.add(index);
        result.add(index);
    }
}
