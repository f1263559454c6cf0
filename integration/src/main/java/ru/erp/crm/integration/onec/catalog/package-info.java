/**
 * Streaming import of the 1C catalogue (groups, properties, price types, warehouses, products,
 * offers with prices and stock) from CommerceML files into the catalog boundary's
 * {@link ru.erp.crm.catalog.boundary.CatalogElement}s, and the order in which the files of one
 * exchange are applied.
 */
package ru.erp.crm.integration.onec.catalog;
