-- Commercial proposals («коммерческое предложение»): a header with the parties, the price type and
-- the validity, and numbered versions, each a full snapshot of the lines with its own approval.
-- A new version copies the current lines; older versions stay readable as they were sent.
-- "number" and "date" are reserved in Oracle, hence proposal_number, proposal_date.

create sequence proposal_seq start with 50 increment by 50;
create table proposal (
    id                  number(19)          not null,
    -- "КП-" and the id, zero-padded to six digits
    proposal_number     varchar2(32 char)   not null,
    proposal_date       date                not null,
    counterparty_id     number(19)          not null,
    -- their side: the contact person the proposal is addressed (and mailed) to
    contact_person_id   number(19),
    -- Opportunities are built in parallel: the foreign key is added with their table
    opportunity_id      number(19),
    -- our side: who wrote it (their discount limit applies) and who signs it
    author_id           number(19)          not null,
    signer_id           number(19),
    price_type_id       number(19),
    valid_until         date,
    status              varchar2(20 char)   not null,
    current_version_no  number(5)           not null,
    -- the sales order an accepted proposal became
    order_id            number(19),
    sent_at             timestamp,
    decline_reason      varchar2(1000 char),
    created_by          varchar2(64 char)   not null,
    created_at          timestamp           not null,
    version             number(19)          default 0 not null,
    constraint proposal_pk primary key (id),
    constraint proposal_number_uk unique (proposal_number),
    constraint proposal_cp_fk foreign key (counterparty_id) references counterparty (id),
    constraint proposal_person_fk foreign key (contact_person_id) references contact_person (id),
    constraint proposal_author_fk foreign key (author_id) references crm_user (id),
    constraint proposal_signer_fk foreign key (signer_id) references crm_user (id),
    constraint proposal_price_type_fk foreign key (price_type_id) references price_type (id),
    constraint proposal_order_fk foreign key (order_id) references sales_order (id),
    constraint proposal_status_ck check (status in ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'SENT',
        'ACCEPTED', 'DECLINED', 'SUPERSEDED'))
);
-- a customer's proposals on its card, newest first
create index proposal_cp_date_ix on proposal (counterparty_id, proposal_date, id);
-- the list by date, and the heads' approval queue
create index proposal_date_ix on proposal (proposal_date, id);
create index proposal_status_ix on proposal (status, proposal_date);
create index proposal_opportunity_ix on proposal (opportunity_id);
create index proposal_person_ix on proposal (contact_person_id);

create sequence proposal_version_seq start with 50 increment by 50;
create table proposal_version (
    id                  number(19)          not null,
    proposal_id         number(19)          not null,
    version_no          number(5)           not null,
    -- the discount on the whole proposal, applied after each line's own discount
    header_discount     number(5,2)         default 0 not null,
    -- sums of the lines: before any discount, payable (VAT included) and the VAT in it
    list_total          number(18,2)        default 0 not null,
    total               number(18,2)        default 0 not null,
    vat_total           number(18,2)        default 0 not null,
    created_by          varchar2(64 char)   not null,
    created_at          timestamp           not null,
    -- the head's decision on a version over the author's discount limit
    decision            varchar2(16 char),
    decision_comment    varchar2(1000 char),
    decided_by          varchar2(64 char),
    decided_at          timestamp,
    constraint proposal_version_pk primary key (id),
    constraint proposal_version_no_uk unique (proposal_id, version_no),
    constraint proposal_version_fk foreign key (proposal_id) references proposal (id),
    constraint proposal_version_discount_ck check (header_discount >= 0 and header_discount <= 100),
    constraint proposal_version_decision_ck check (decision in ('APPROVED', 'REJECTED'))
);

create sequence proposal_line_seq start with 50 increment by 50;
create table proposal_line (
    id                  number(19)          not null,
    version_id          number(19)          not null,
    line_no             number(5)           not null,
    -- the catalogue product, null for a free line
    product_id          number(19),
    article             varchar2(100 char),
    name                varchar2(500 char)  not null,
    unit_code           varchar2(16 char),
    unit_name           varchar2(100 char),
    quantity            number(18,4)        not null,
    -- prices include VAT, as on orders
    price               number(18,2)        not null,
    -- the line's own discount, and the one the amount is computed with: 1 − (1 − line)(1 − header),
    -- to hundredths of a percent as an order line keeps it
    discount_percent    number(5,2)         default 0 not null,
    effective_discount  number(5,2)         default 0 not null,
    amount              number(18,2)        not null,
    -- null: без НДС
    vat_rate            number(5,2),
    vat_amount          number(18,2)        default 0 not null,
    constraint proposal_line_pk primary key (id),
    constraint proposal_line_no_uk unique (version_id, line_no),
    constraint proposal_line_version_fk foreign key (version_id) references proposal_version (id),
    constraint proposal_line_product_fk foreign key (product_id) references product (id),
    constraint proposal_line_qty_ck check (quantity > 0),
    constraint proposal_line_price_ck check (price >= 0),
    constraint proposal_line_discount_ck check (discount_percent >= 0 and discount_percent <= 100)
);
create index proposal_line_product_ix on proposal_line (product_id);

-- The largest effective discount (percent) a role may give without a head's approval; a user
-- with several roles has the largest of their limits, a role without a row has none (0).
create table discount_limit (
    role                varchar2(32 char)   not null,
    max_percent         number(5,2)         not null,
    constraint discount_limit_pk primary key (role),
    constraint discount_limit_ck check (max_percent >= 0 and max_percent <= 100)
);
insert into discount_limit (role, max_percent) values ('SALES_MANAGER', 10);
insert into discount_limit (role, max_percent) values ('SALES_HEAD', 25);
insert into discount_limit (role, max_percent) values ('ADMIN', 100);
