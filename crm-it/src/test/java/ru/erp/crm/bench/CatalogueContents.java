package ru.erp.crm.bench;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Checks through the REST API that the CRM holds exactly the synthetic catalogue: the product total
 * grew by exactly N, and for a random sample each product exists once, active, with its price and
 * its stock at both warehouses as {@link SyntheticCatalogue} defines them.
 */
final class CatalogueContents {

    private final CrmRest rest;
    private final long products;

    CatalogueContents(CrmRest rest, long products) {
        this.rest = rest;
        this.products = products;
    }

    /** The problems found (none when the catalogue is complete), checking {@code sample} random products. */
    List<String> problems(long totalBefore, int sample, long seed) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        long added = rest.productTotal() - totalBefore;
        if (added != products) {
            problems.add("the product total grew by " + added + ", expected " + products);
        }
        Random random = new Random(seed);
        for (int k = 0; k < sample && problems.size() < 20; k++) {
            long i = k == 0 ? 0 : k == 1 ? products - 1 : Math.floorMod(random.nextLong(), products);
            problems.addAll(problemsOf(i));
        }
        return problems;
    }

    private List<String> problemsOf(long i) throws IOException, InterruptedException {
        String id = SyntheticCatalogue.productId(i);
        JsonObject page = rest.productsByExternalId(id);
        if (page.getInt("total") != 1) {
            return List.of(id + ": " + page.getInt("total") + " products with this Ид");
        }
        JsonObject product = page.getJsonArray("items").getJsonObject(0);
        List<String> problems = new ArrayList<>();
        if (!product.getBoolean("active")) {
            problems.add(id + ": inactive");
        }
        BigDecimal price = product.getJsonArray("prices").getValuesAs(JsonObject.class).stream()
                .filter(p -> SyntheticCatalogue.PRICE_TYPE.equals(p.getString("priceTypeExternalId")))
                .map(p -> p.getJsonNumber("unitPrice").bigDecimalValue()).findFirst().orElse(null);
        if (price == null || price.compareTo(SyntheticCatalogue.price(i)) != 0) {
            problems.add(id + ": price " + price + ", expected " + SyntheticCatalogue.price(i));
        }
        List<JsonObject> stock = product.getJsonArray("stock").getValuesAs(JsonObject.class);
        for (int w = 0; w < SyntheticCatalogue.WAREHOUSES.size(); w++) {
            String warehouse = SyntheticCatalogue.WAREHOUSES.get(w);
            BigDecimal quantity = stock.stream().filter(s -> warehouse.equals(s.getString("warehouseExternalId")))
                    .map(s -> s.get("quantity")).filter(v -> v.getValueType() == JsonValue.ValueType.NUMBER)
                    .map(v -> ((JsonNumber) v).bigDecimalValue()).findFirst().orElse(null);
            if (quantity == null || quantity.compareTo(SyntheticCatalogue.stock(i, w)) != 0) {
                problems.add(id + ": stock " + quantity + " at " + warehouse + ", expected " + SyntheticCatalogue.stock(i, w));
            }
        }
        return problems;
    }
}
