package ru.erp.crm.sales.entity;

/** The shipment's life in the warehouse and on the road, as logistics reports it. */
public enum ShipmentStatus {
    ACCEPTED, PICKED, SHIPPED, DELIVERED, REJECTED;

    /** The goods have left: the order can no longer be cancelled in the CRM. */
    public boolean goodsLeft() {
        return this == SHIPPED || this == DELIVERED;
    }
}
