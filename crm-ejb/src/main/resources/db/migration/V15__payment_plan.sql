-- Payment plans: when and how much a customer is expected to pay for an order, and the reminder
-- its curator gets before each payment is due.
--
-- What has been paid is kept on the entry (paid_amount), booked by hand and audited. It cannot be
-- derived from the payments: an invoice knows its customer, number and 1C Ид, but not the order
-- it bills, so a payment allocated to an invoice says nothing about which order or which planned
-- date it settles. Once invoices carry their order, paid_amount can be filled from them instead.

-- One plan per order; the row carries the plan's version, so replacing the plan is checked
-- against the one the client read, entries and all.
create table payment_plan (
    order_id        number(19)          not null,
    updated_by      varchar2(64 char)   not null,
    updated_at      timestamp           not null,
    version         number(19)          default 0 not null,
    constraint payment_plan_pk primary key (order_id),
    constraint payment_plan_order_fk foreign key (order_id) references sales_order (id)
);

create sequence payment_plan_entry_seq start with 50 increment by 50;
create table payment_plan_entry (
    id                   number(19)          not null,
    order_id             number(19)          not null,
    due_date             date                not null,
    amount               number(18,2)        not null,
    paid_amount          number(18,2)        default 0 not null,
    -- Kept by the entity: paid in full (the status PAID); OVERDUE depends on the day and is derived
    settled              number(1)           default 0 not null,
    reminder_days_before number(3)           default 3 not null,
    -- due_date - reminder_days_before, kept by the entity so the reminder timer reads a range
    remind_on            date                not null,
    -- Set once the curator's reminder task exists: the timer creates one per entry, never two
    reminded             number(1)           default 0 not null,
    reminder_activity_id number(19),
    entry_comment        varchar2(1000 char),
    version              number(19)          default 0 not null,
    constraint payment_plan_entry_pk primary key (id),
    constraint payment_plan_entry_plan_fk foreign key (order_id) references payment_plan (order_id),
    constraint payment_plan_entry_activity_fk foreign key (reminder_activity_id) references activity (id)
        on delete set null,
    constraint payment_plan_entry_amount_ck check (amount > 0 and paid_amount >= 0 and paid_amount <= amount),
    constraint payment_plan_entry_settled_ck check (settled in (0, 1) and reminded in (0, 1)),
    constraint payment_plan_entry_days_ck check (reminder_days_before between 0 and 60)
);
-- An order's plan in date order; a customer's due and overdue entries through its orders
create index payment_plan_entry_order_ix on payment_plan_entry (order_id, due_date);
-- Due and overdue entries over all customers (per curator): settled = 0 and a due date range
create index payment_plan_entry_due_ix on payment_plan_entry (settled, due_date);
-- The reminder timer: reminded = 0 and remind_on <= today
create index payment_plan_entry_remind_ix on payment_plan_entry (reminded, remind_on);
create index payment_plan_entry_activity_ix on payment_plan_entry (reminder_activity_id);
