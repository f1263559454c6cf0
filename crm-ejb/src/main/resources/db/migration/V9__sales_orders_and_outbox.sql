-- Sales orders with their lines and their own history, and the outbox every exchange reads what
-- must leave the CRM from (written in the business transaction, delivered by routes or pulled
-- by 1C's type=sale&mode=query).
-- "number", "date" and "comment" are reserved in Oracle, hence order_number, order_date, order_comment.

create sequence sales_order_seq start with 50 increment by 50;
create table sales_order (
    id                  number(19)          not null,
    -- "CRM-" and the id, zero-padded to six digits
    order_number        varchar2(32 char)   not null,
    -- the order's Ид towards 1C, a UUID given at creation; 1C sends it back with its status changes
    guid                varchar2(36 char)   not null,
    order_date          date                not null,
    counterparty_id     number(19)          not null,
    currency            varchar2(3 char)    default 'RUB' not null,
    status              varchar2(16 char)   not null,
    source              varchar2(8 char)    not null,
    total               number(18,2)        default 0 not null,
    vat_total           number(18,2)        default 0 not null,
    order_comment       varchar2(2000 char),
    delivery_address    varchar2(1000 char),
    requested_ship_date date,
    created_by          varchar2(64 char)   not null,
    created_at          timestamp           not null,
    confirmed_at        timestamp,
    cancelled_at        timestamp,
    cancel_reason       varchar2(1000 char),
    -- What 1C said about the order (null: 1C has not said). one_c_id is 1C's own document Ид when
    -- it differs from guid; one_c_hash the content hash of the last 1C document applied, so a
    -- re-sent document is skipped.
    one_c_id            varchar2(100 char),
    one_c_number        varchar2(64 char),
    one_c_posted        number(1),
    paid                number(1)           default 0 not null,
    paid_on             date,
    payment_number      varchar2(64 char),
    shipment_allowed    number(1),
    one_c_cancelled     number(1),
    final_status        number(1),
    one_c_status_text   varchar2(500 char),
    shipment_number     varchar2(64 char),
    shipment_date       date,
    one_c_hash          varchar2(64 char),
    one_c_changed_at    timestamp,
    -- the order version 1C confirmed receiving (mode=success)
    exported_version    number(19),
    -- what logistics said about the shipment
    shipment_status     varchar2(16 char),
    shipment_status_at  timestamp,
    waybill_number      varchar2(100 char),
    carrier             varchar2(200 char),
    version             number(19)          default 0 not null,
    constraint sales_order_pk primary key (id),
    constraint sales_order_number_uk unique (order_number),
    constraint sales_order_guid_uk unique (guid),
    constraint sales_order_cp_fk foreign key (counterparty_id) references counterparty (id),
    constraint sales_order_status_ck check (status in ('DRAFT', 'CONFIRMED', 'CANCELLED')),
    constraint sales_order_source_ck check (source in ('CRM', 'ONE_C')),
    constraint sales_order_shipment_ck check (shipment_status in
        ('ACCEPTED', 'PICKED', 'SHIPPED', 'DELIVERED', 'REJECTED')),
    constraint sales_order_paid_ck check (paid in (0, 1))
);
-- Lists: a customer's orders, and all orders, newest first
create index sales_order_cp_date_ix on sales_order (counterparty_id, order_date, id);
create index sales_order_date_ix on sales_order (order_date, id);
create index sales_order_status_ix on sales_order (status, order_date);
-- 1C documents find their order by 1C's own Ид or number when 1C renumbered it
create index sales_order_one_c_id_ix on sales_order (one_c_id);
create index sales_order_one_c_number_ix on sales_order (one_c_number);

create sequence sales_order_line_seq start with 50 increment by 50;
create table sales_order_line (
    id                  number(19)          not null,
    order_id            number(19)          not null,
    line_no             number(5)           not null,
    -- the catalogue product, null for a free line; its 1C Ид is kept for the exchanges
    product_id          number(19),
    product_external_id varchar2(200 char),
    article             varchar2(100 char),
    name                varchar2(500 char)  not null,
    unit_code           varchar2(16 char),
    unit_name           varchar2(100 char),
    quantity            number(18,4)        not null,
    -- prices include VAT, as 1C УТ's default «Цена включает НДС»
    price               number(18,2)        not null,
    discount_percent    number(5,2)         default 0 not null,
    amount              number(18,2)        not null,
    -- null: без НДС
    vat_rate            number(5,2),
    vat_amount          number(18,2)        default 0 not null,
    constraint sales_order_line_pk primary key (id),
    constraint sales_order_line_no_uk unique (order_id, line_no),
    constraint sales_order_line_order_fk foreign key (order_id) references sales_order (id),
    constraint sales_order_line_product_fk foreign key (product_id) references product (id),
    constraint sales_order_line_qty_ck check (quantity > 0),
    constraint sales_order_line_price_ck check (price >= 0),
    constraint sales_order_line_discount_ck check (discount_percent >= 0 and discount_percent <= 100)
);
create index sales_order_line_product_ix on sales_order_line (product_id);

-- The order's own history: confirmations, hand-overs to 1C, what 1C and logistics reported
create sequence sales_order_event_seq start with 50 increment by 50;
create table sales_order_event (
    id                  number(19)          not null,
    order_id            number(19)          not null,
    occurred_at         timestamp           not null,
    kind                varchar2(40 char)   not null,
    actor               varchar2(64 char)   not null,
    summary             varchar2(1000 char),
    constraint sales_order_event_pk primary key (id),
    constraint sales_order_event_order_fk foreign key (order_id) references sales_order (id)
);
create index sales_order_event_order_ix on sales_order_event (order_id, occurred_at);

-- What must leave the CRM, one row per aggregate version and destination. Push destinations
-- (a JMS queue) are claimed by a route and marked SENT or retried; pull destinations (1C's
-- query) are HANDED_OUT under the query's token and SENT when 1C confirms that token.
create sequence outbox_entry_seq start with 50 increment by 50;
create table outbox_entry (
    id                  number(19)          not null,
    destination         varchar2(60 char)   not null,
    kind                varchar2(40 char)   not null,
    aggregate_id        number(19)          not null,
    aggregate_version   number(19)          not null,
    status              varchar2(16 char)   not null,
    handed_out_token    varchar2(100 char),
    attempts            number(5)           default 0 not null,
    last_error          varchar2(2000 char),
    created_at          timestamp           not null,
    handed_out_at       timestamp,
    sent_at             timestamp,
    -- the journal entry of the message that carried it, when one was journaled
    journal_message_id  number(19),
    constraint outbox_entry_pk primary key (id),
    constraint outbox_entry_status_ck check (status in ('PENDING', 'HANDED_OUT', 'SENT', 'FAILED'))
);
-- What waits for a destination, oldest first
create index outbox_entry_pending_ix on outbox_entry (destination, status, id);
-- What 1C's success confirms
create index outbox_entry_token_ix on outbox_entry (destination, handed_out_token);
-- An aggregate's entries (a cancelled order withdraws its unsent shipment request)
create index outbox_entry_aggregate_ix on outbox_entry (destination, aggregate_id);
