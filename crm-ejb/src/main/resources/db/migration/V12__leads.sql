-- Leads: enquiries from the company's web form, entered by hand, imported from a file or (later)
-- gathered at marketing events, qualified by a curator and converted into a customer, a contact
-- person and an opportunity. The table is sales_lead, as sales_order: LEAD is an analytic
-- function's name in Oracle and best kept out of the way.

-- Imports first: a lead remembers the import it came from.
create sequence lead_import_seq start with 50 increment by 50;
create table lead_import (
    id            number(19)          not null,
    file_name     varchar2(255 char)  not null,
    -- rows read from the file (without the header) and those without errors
    row_count     number(9)           not null,
    good_rows     number(9)           not null,
    status        varchar2(16 char)   not null,
    created_by    varchar2(64 char)   not null,
    created_at    timestamp           not null,
    confirmed_by  varchar2(64 char),
    confirmed_at  timestamp,
    version       number(19)          default 0 not null,
    constraint lead_import_pk primary key (id),
    constraint lead_import_status_ck check (status in ('PREVIEW', 'IMPORTED'))
);
-- The import page lists a user's recent imports
create index lead_import_creator_ix on lead_import (created_by, created_at);

create sequence lead_seq start with 50 increment by 50;
create table sales_lead (
    id                      number(19)          not null,
    source                  varchar2(16 char)   not null,
    status                  varchar2(16 char)   not null,
    company_name            varchar2(300 char),
    -- company_name upper-cased without quotes and legal form, as counterparty.search_name
    company_search_name     varchar2(300 char),
    inn                     varchar2(12 char),
    kpp                     varchar2(9 char),
    person_name             varchar2(200 char)  not null,
    -- E.164, as contact_point.normalized for phones
    phone                   varchar2(16 char),
    -- lower-cased, as contact_point.normalized for e-mails
    email                   varchar2(254 char),
    message                 varchar2(2000 char),
    disqualification_reason varchar2(500 char),
    curator_id              number(19),
    -- what the last duplicate check found, for the list ("customer #12 by INN; lead #7 by phone")
    duplicate_summary       varchar2(1000 char),
    customer_id             number(19),
    contact_person_id       number(19),
    -- Opportunities come from their own component: the foreign key is added with their table
    opportunity_id          number(19),
    converted_at            timestamp,
    converted_by            varchar2(64 char),
    utm_source              varchar2(100 char),
    utm_medium              varchar2(100 char),
    utm_campaign            varchar2(100 char),
    source_page             varchar2(500 char),
    -- SHA-256 of the web form sender's address: enough to see a flood, not who sent it
    client_ip_hash          varchar2(64 char),
    import_id               number(19),
    created_by              varchar2(64 char),
    created_at              timestamp           not null,
    updated_at              timestamp           not null,
    version                 number(19)          default 0 not null,
    constraint sales_lead_pk primary key (id),
    constraint sales_lead_source_ck check (source in ('WEB', 'MANUAL', 'IMPORT', 'EVENT')),
    constraint sales_lead_status_ck check (status in ('NEW', 'IN_PROGRESS', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED')),
    constraint sales_lead_reason_ck check (status <> 'DISQUALIFIED' or disqualification_reason is not null),
    constraint sales_lead_converted_ck check (status <> 'CONVERTED' or customer_id is not null),
    constraint sales_lead_curator_fk foreign key (curator_id) references crm_user (id),
    -- Deleting a customer (or its contact person) keeps the lead, without the link
    constraint sales_lead_customer_fk foreign key (customer_id) references counterparty (id) on delete set null,
    constraint sales_lead_person_fk foreign key (contact_person_id) references contact_person (id) on delete set null,
    constraint sales_lead_import_fk foreign key (import_id) references lead_import (id)
);
-- The list: by status, newest first; the curator's own leads; the unassigned ones
create index sales_lead_status_ix on sales_lead (status, created_at);
create index sales_lead_curator_ix on sales_lead (curator_id, status, created_at);
-- Duplicate lookups between leads, the same columns as the customer base's
create index sales_lead_inn_ix on sales_lead (inn);
create index sales_lead_phone_ix on sales_lead (phone);
create index sales_lead_email_ix on sales_lead (email);
create index sales_lead_search_name_ix on sales_lead (company_search_name);
-- A customer's card shows the leads converted into it; deleting a customer looks them up here
create index sales_lead_customer_ix on sales_lead (customer_id);
create index sales_lead_person_ix on sales_lead (contact_person_id);
create index sales_lead_import_ix on sales_lead (import_id);
-- A web form flood from one address
create index sales_lead_client_ix on sales_lead (client_ip_hash, created_at);

-- One row of an import's file as read, with what is wrong with it; imported rows name their lead.
create sequence lead_import_row_seq start with 50 increment by 50;
create table lead_import_row (
    id           number(19)          not null,
    import_id    number(19)          not null,
    row_no       number(9)           not null,
    company_name varchar2(300 char),
    -- as written in the file (cut to the column's length): the preview shows what was read
    inn          varchar2(50 char),
    kpp          varchar2(50 char),
    person_name  varchar2(200 char),
    phone        varchar2(50 char),
    email        varchar2(254 char),
    message      varchar2(2000 char),
    -- one line per error: column, message key, argument (tab-separated)
    errors       varchar2(2000 char),
    duplicate_summary varchar2(1000 char),
    lead_id      number(19),
    constraint lead_import_row_pk primary key (id),
    constraint lead_import_row_import_fk foreign key (import_id) references lead_import (id) on delete cascade,
    constraint lead_import_row_lead_fk foreign key (lead_id) references sales_lead (id) on delete set null,
    constraint lead_import_row_no_uk unique (import_id, row_no)
);
create index lead_import_row_lead_ix on lead_import_row (lead_id);
