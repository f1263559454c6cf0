-- Finance: invoices to customers, incoming payments from bank statements, and the allocations
-- that match payments to invoices (automatically or by FINANCE by hand).
-- "number" is reserved in Oracle, hence invoice_number / document_number.

create sequence invoice_seq start with 50 increment by 50;
create table invoice (
    id              number(19)          not null,
    invoice_number  varchar2(32 char)   not null,
    invoice_date    date                not null,
    counterparty_id number(19)          not null,
    amount          number(18,2)        not null,
    paid_amount     number(18,2)        default 0 not null,
    currency        varchar2(3 char)    not null,
    due_date        date                not null,
    status          varchar2(16 char)   not null,
    -- The 1C Ид; a unique constraint admits any number of nulls on Oracle and H2
    external_id     varchar2(100 char),
    created_at      timestamp           not null,
    version         number(19)          default 0 not null,
    constraint invoice_pk primary key (id),
    constraint invoice_external_uk unique (external_id),
    constraint invoice_cp_fk foreign key (counterparty_id) references counterparty (id),
    constraint invoice_status_ck check (status in ('UNPAID', 'PARTLY_PAID', 'PAID', 'CANCELLED')),
    constraint invoice_amount_ck check (amount > 0 and paid_amount >= 0 and paid_amount <= amount)
);
-- A customer's open invoices (matching, receivables) and their overdue ones, by due date
create index invoice_cp_status_ix on invoice (counterparty_id, status, due_date);
-- Overdue control over all customers: status in (open) and due_date < today
create index invoice_status_due_ix on invoice (status, due_date);
create index invoice_number_ix on invoice (invoice_number);

create sequence payment_seq start with 50 increment by 50;
create table payment (
    id                 number(19)          not null,
    -- SHA-256 of kind, number, date, amount, payer and payee account: a re-sent statement applies nothing twice
    idempotency_key    varchar2(64 char)   not null,
    document_kind      varchar2(100 char),
    document_number    varchar2(32 char),
    payment_date       date                not null,
    amount             number(18,2)        not null,
    unallocated_amount number(18,2)        not null,
    payer_inn          varchar2(12 char),
    payer_kpp          varchar2(9 char),
    payer_name         varchar2(500 char),
    payer_account      varchar2(34 char),
    payer_bik          varchar2(9 char),
    payee_account      varchar2(34 char),
    purpose            varchar2(2000 char),
    counterparty_id    number(19),
    status             varchar2(16 char)   not null,
    status_reason      varchar2(1000 char),
    channel            varchar2(64 char)   not null,
    message_id         number(19),
    received_at        timestamp           not null,
    version            number(19)          default 0 not null,
    constraint payment_pk primary key (id),
    constraint payment_key_uk unique (idempotency_key),
    constraint payment_cp_fk foreign key (counterparty_id) references counterparty (id),
    constraint payment_status_ck check (status in ('MATCHED', 'PARTLY_MATCHED', 'UNMATCHED', 'IGNORED')),
    constraint payment_amount_ck check (amount > 0 and unallocated_amount >= 0 and unallocated_amount <= amount)
);
-- FINANCE's queue (status UNMATCHED) and lists by period
create index payment_status_date_ix on payment (status, payment_date);
create index payment_date_ix on payment (payment_date);
create index payment_payer_inn_ix on payment (payer_inn, payment_date);
create index payment_cp_ix on payment (counterparty_id);

create sequence payment_allocation_seq start with 50 increment by 50;
create table payment_allocation (
    id              number(19)          not null,
    payment_id      number(19)          not null,
    invoice_id      number(19)          not null,
    amount          number(18,2)        not null,
    -- AUTO for the matcher, else the login of whoever matched it by hand
    matched_by      varchar2(64 char)   not null,
    matched_at      timestamp           not null,
    constraint payment_allocation_pk primary key (id),
    constraint payment_allocation_payment_fk foreign key (payment_id) references payment (id),
    constraint payment_allocation_invoice_fk foreign key (invoice_id) references invoice (id),
    constraint payment_allocation_amount_ck check (amount > 0)
);
create index payment_allocation_payment_ix on payment_allocation (payment_id);
create index payment_allocation_invoice_ix on payment_allocation (invoice_id);
