-- The product catalogue as 1C sends it: groups, properties, price types, warehouses, products
-- (a characteristic of a product is a product of its own, external id 'p#c', with parent_id = p),
-- their property values, requisites, prices and stock.
--
-- Import bookkeeping on the rows an element lands in (see CatalogImports):
--   content_hash    SHA-256 (hex) of the last element applied, so a re-sent element is skipped;
--                   products keep price_hash and stock_hash apart, because 1C sends prices and
--                   stock in separate files and each must be skippable on its own;
--   channel,        the exchange channel and journal message that mentioned the row last, so a
--   last_message_id full catalogue deactivates what it did not mention (never deletes it).
-- Value columns stay at 1000 characters so that they fit Oracle's 4000-byte VARCHAR2 in any
-- character set; longer texts are refused by the import, not cut.
-- parent_id of groups and products has no foreign key: EclipseLink inserts the new rows of one
-- table in no particular order, so a parent created in the same batch may reach the table after
-- its child. The import only links to parents it has found or created, and rows are never deleted.

create sequence product_group_seq start with 50 increment by 50;
create table product_group (
    id              number(19)          not null,
    external_id     varchar2(100 char)  not null,
    parent_id       number(19),
    name            varchar2(500 char)  not null,
    active          number(1)           default 1 not null,
    content_hash    varchar2(64 char),
    channel         varchar2(64 char),
    last_message_id number(19),
    version         number(19)          default 0 not null,
    constraint product_group_pk primary key (id),
    constraint product_group_external_uk unique (external_id)
);
create index product_group_parent_ix on product_group (parent_id);

create sequence product_property_seq start with 50 increment by 50;
create table product_property (
    id              number(19)          not null,
    external_id     varchar2(100 char)  not null,
    name            varchar2(500 char)  not null,
    value_type      varchar2(100 char),
    content_hash    varchar2(64 char),
    version         number(19)          default 0 not null,
    constraint product_property_pk primary key (id),
    constraint product_property_external_uk unique (external_id)
);

-- The reference values of a list property (Справочник); the pair is the unique key.
create table property_choice (
    property_id     number(19)          not null,
    external_id     varchar2(100 char)  not null,
    choice_value    varchar2(1000 char),
    constraint property_choice_pk primary key (property_id, external_id),
    constraint property_choice_property_fk foreign key (property_id) references product_property (id)
);

create sequence price_type_seq start with 50 increment by 50;
create table price_type (
    id              number(19)          not null,
    external_id     varchar2(100 char)  not null,
    name            varchar2(300 char)  not null,
    currency        varchar2(16 char),
    content_hash    varchar2(64 char),
    version         number(19)          default 0 not null,
    constraint price_type_pk primary key (id),
    constraint price_type_external_uk unique (external_id)
);

create sequence warehouse_seq start with 50 increment by 50;
create table warehouse (
    id              number(19)          not null,
    external_id     varchar2(100 char)  not null,
    name            varchar2(300 char)  not null,
    content_hash    varchar2(64 char),
    version         number(19)          default 0 not null,
    constraint warehouse_pk primary key (id),
    constraint warehouse_external_uk unique (external_id)
);

create sequence product_seq start with 50 increment by 50;
create table product (
    id              number(19)          not null,
    external_id     varchar2(200 char)  not null,
    parent_id       number(19),
    article         varchar2(100 char),
    name            varchar2(500 char)  not null,
    -- the name as name search compares it (ru.erp.crm.customer.entity.SearchName); the sort key of lists
    search_name     varchar2(500 char)  not null,
    description     clob,
    group_id        number(19),
    unit_code       varchar2(16 char),
    unit_name       varchar2(100 char),
    vat_rate        number(5,2),
    vat_label       varchar2(50 char),
    barcode         varchar2(200 char),
    active          number(1)           default 1 not null,
    total_quantity  number(18,3),
    content_hash    varchar2(64 char),
    price_hash      varchar2(64 char),
    stock_hash      varchar2(64 char),
    channel         varchar2(64 char),
    last_message_id number(19),
    created_at      timestamp           not null,
    updated_at      timestamp           not null,
    version         number(19)          default 0 not null,
    constraint product_pk primary key (id),
    constraint product_external_uk unique (external_id),
    constraint product_group_fk foreign key (group_id) references product_group (id)
);
create index product_search_name_ix on product (search_name, id);
-- a group's products in list order, read from the index
create index product_group_ix on product (group_id, search_name, id);
create index product_parent_ix on product (parent_id);

-- Name and article prefix search: one row per normalised key of a product. A single indexed
-- column answers "name OR article starts with" as one index range scan; the same OR over two
-- product columns makes H2 walk a whole index (measured at 200,000 products: 60-190 ms a query
-- instead of under 3 ms).
create table product_search_key (
    product_id      number(19)          not null,
    search_key      varchar2(500 char)  not null,
    constraint product_search_key_pk primary key (search_key, product_id),
    constraint product_search_key_product_fk foreign key (product_id) references product (id)
);
create index product_search_key_product_ix on product_search_key (product_id);

-- A product's property values keep the property's Ид: 1C may send products before (or without)
-- the property definitions, and a value must not be lost for that.
create table product_property_value (
    product_id      number(19)          not null,
    property_external_id varchar2(100 char) not null,
    property_value  varchar2(1000 char),
    constraint product_property_value_product_fk foreign key (product_id) references product (id)
);
create index product_property_value_product_ix on product_property_value (product_id);

create table product_requisite (
    product_id      number(19)          not null,
    name            varchar2(500 char)  not null,
    requisite_value varchar2(1000 char),
    constraint product_requisite_product_fk foreign key (product_id) references product (id)
);
create index product_requisite_product_ix on product_requisite (product_id);

create sequence product_price_seq start with 50 increment by 50;
create table product_price (
    id              number(19)          not null,
    product_id      number(19)          not null,
    price_type_id   number(19)          not null,
    unit_price      number(18,2)        not null,
    currency        varchar2(16 char),
    unit            varchar2(50 char),
    constraint product_price_pk primary key (id),
    constraint product_price_uk unique (product_id, price_type_id),
    constraint product_price_product_fk foreign key (product_id) references product (id),
    constraint product_price_type_fk foreign key (price_type_id) references price_type (id)
);
create index product_price_type_ix on product_price (price_type_id);

create sequence stock_level_seq start with 50 increment by 50;
create table stock_level (
    id              number(19)          not null,
    product_id      number(19)          not null,
    warehouse_id    number(19)          not null,
    quantity        number(18,3)        not null,
    constraint stock_level_pk primary key (id),
    constraint stock_level_uk unique (product_id, warehouse_id),
    constraint stock_level_product_fk foreign key (product_id) references product (id),
    constraint stock_level_warehouse_fk foreign key (warehouse_id) references warehouse (id)
);
create index stock_level_warehouse_ix on stock_level (warehouse_id);
