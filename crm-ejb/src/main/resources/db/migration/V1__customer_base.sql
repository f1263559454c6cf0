-- Sequences start at their increment: EclipseLink reads nextval as the END of a 50-id block.
-- The single customer base: users and roles, categories and grants, counterparties with
-- requisites, contacts, external ids, and the audit trail. Oracle SQL that H2's Oracle mode runs.

create sequence crm_user_seq start with 50 increment by 50;
create table crm_user (
    id              number(19)          not null,
    login           varchar2(64 char)   not null,
    full_name       varchar2(200 char)  not null,
    email           varchar2(254 char),
    password_hash   varchar2(255 char)  not null,
    preferred_locale varchar2(8 char)   default 'ru' not null,
    blocked         number(1)           default 0 not null,
    failed_logins   number(5)           default 0 not null,
    locked_until    timestamp,
    head_id         number(19),
    created_at      timestamp           not null,
    version         number(19)          default 0 not null,
    constraint crm_user_pk primary key (id),
    constraint crm_user_login_uk unique (login),
    constraint crm_user_head_fk foreign key (head_id) references crm_user (id)
);

create table crm_user_role (
    user_id         number(19)          not null,
    role            varchar2(32 char)   not null,
    constraint crm_user_role_pk primary key (user_id, role),
    constraint crm_user_role_user_fk foreign key (user_id) references crm_user (id)
);

create sequence customer_category_seq start with 50 increment by 50;
create table customer_category (
    id              number(19)          not null,
    code            varchar2(32 char)   not null,
    name_ru         varchar2(200 char)  not null,
    name_en         varchar2(200 char)  not null,
    version         number(19)          default 0 not null,
    constraint customer_category_pk primary key (id),
    constraint customer_category_code_uk unique (code)
);

create sequence category_grant_seq start with 50 increment by 50;
create table category_grant (
    id              number(19)          not null,
    user_id         number(19)          not null,
    category_id     number(19)          not null,
    granted_by      varchar2(64 char)   not null,
    granted_at      timestamp           not null,
    constraint category_grant_pk primary key (id),
    constraint category_grant_uk unique (user_id, category_id),
    constraint category_grant_user_fk foreign key (user_id) references crm_user (id),
    constraint category_grant_category_fk foreign key (category_id) references customer_category (id)
);

create sequence counterparty_seq start with 50 increment by 50;
create table counterparty (
    id              number(19)          not null,
    kind            varchar2(16 char)   not null,
    name            varchar2(500 char)  not null,
    full_name       varchar2(1000 char),
    search_name     varchar2(500 char)  not null,
    inn             varchar2(12 char),
    kpp             varchar2(9 char),
    ogrn            varchar2(15 char),
    -- INN/KPP of a live record; null once merged, so the unique index lets the survivor keep it
    requisites_key  varchar2(32 char),
    category_id     number(19)          not null,
    curator_id      number(19),
    head_office_id  number(19),
    legal_address   varchar2(1000 char),
    actual_address  varchar2(1000 char),
    notes           varchar2(4000 char),
    merged_into_id  number(19),
    created_at      timestamp           not null,
    updated_at      timestamp           not null,
    version         number(19)          default 0 not null,
    constraint counterparty_pk primary key (id),
    constraint counterparty_kind_ck check (kind in ('ORGANIZATION', 'PERSON')),
    constraint counterparty_requisites_uk unique (requisites_key),
    constraint counterparty_category_fk foreign key (category_id) references customer_category (id),
    constraint counterparty_curator_fk foreign key (curator_id) references crm_user (id),
    constraint counterparty_head_fk foreign key (head_office_id) references counterparty (id),
    constraint counterparty_merged_fk foreign key (merged_into_id) references counterparty (id)
);
create index counterparty_search_name_ix on counterparty (search_name, id);
create index counterparty_inn_ix on counterparty (inn);
create index counterparty_category_ix on counterparty (category_id, id);
create index counterparty_curator_ix on counterparty (curator_id);
create index counterparty_head_ix on counterparty (head_office_id);

create table counterparty_role (
    counterparty_id number(19)          not null,
    role            varchar2(16 char)   not null,
    constraint counterparty_role_pk primary key (counterparty_id, role),
    constraint counterparty_role_cp_fk foreign key (counterparty_id) references counterparty (id)
);

create table counterparty_tag (
    counterparty_id number(19)          not null,
    tag             varchar2(64 char)   not null,
    constraint counterparty_tag_pk primary key (counterparty_id, tag),
    constraint counterparty_tag_cp_fk foreign key (counterparty_id) references counterparty (id)
);

create sequence bank_account_seq start with 50 increment by 50;
create table bank_account (
    id              number(19)          not null,
    counterparty_id number(19)          not null,
    bik             varchar2(9 char)    not null,
    account_number  varchar2(20 char)   not null,
    bank_name       varchar2(300 char),
    constraint bank_account_pk primary key (id),
    constraint bank_account_cp_fk foreign key (counterparty_id) references counterparty (id)
);
create index bank_account_cp_ix on bank_account (counterparty_id);

create sequence external_id_seq start with 50 increment by 50;
create table external_id (
    id              number(19)          not null,
    counterparty_id number(19)          not null,
    id_system       varchar2(16 char)   not null,
    id_value        varchar2(100 char)  not null,
    constraint external_id_pk primary key (id),
    constraint external_id_uk unique (id_system, id_value),
    constraint external_id_cp_fk foreign key (counterparty_id) references counterparty (id)
);
create index external_id_cp_ix on external_id (counterparty_id);

create sequence contact_person_seq start with 50 increment by 50;
create table contact_person (
    id              number(19)          not null,
    counterparty_id number(19)          not null,
    full_name       varchar2(300 char)  not null,
    position        varchar2(200 char),
    birthday        date,
    version         number(19)          default 0 not null,
    constraint contact_person_pk primary key (id),
    constraint contact_person_cp_fk foreign key (counterparty_id) references counterparty (id)
);
create index contact_person_cp_ix on contact_person (counterparty_id);

create sequence contact_point_seq start with 50 increment by 50;
create table contact_point (
    id              number(19)          not null,
    counterparty_id number(19)          not null,
    contact_person_id number(19),
    kind            varchar2(16 char)   not null,
    purpose         varchar2(16 char)   not null,
    raw_value       varchar2(300 char)  not null,
    normalized      varchar2(300 char)  not null,
    valid_from      date,
    valid_to        date,
    constraint contact_point_pk primary key (id),
    constraint contact_point_kind_ck check (kind in ('PHONE', 'EMAIL', 'MESSENGER', 'SOCIAL')),
    constraint contact_point_purpose_ck check (purpose in ('WORK', 'PERSONAL', 'BILLING')),
    constraint contact_point_cp_fk foreign key (counterparty_id) references counterparty (id),
    constraint contact_point_person_fk foreign key (contact_person_id) references contact_person (id)
);
create index contact_point_lookup_ix on contact_point (kind, normalized);
create index contact_point_cp_ix on contact_point (counterparty_id);
create index contact_point_person_ix on contact_point (contact_person_id);

create sequence audit_entry_seq start with 50 increment by 50;
create table audit_entry (
    id              number(19)          not null,
    occurred_at     timestamp           not null,
    actor           varchar2(64 char)   not null,
    action          varchar2(32 char)   not null,
    entity          varchar2(32 char)   not null,
    entity_id       varchar2(64 char),
    summary         varchar2(1000 char),
    changes         clob,
    constraint audit_entry_pk primary key (id)
);
create index audit_entry_entity_ix on audit_entry (entity, entity_id, occurred_at);
create index audit_entry_actor_ix on audit_entry (actor, occurred_at);
create index audit_entry_time_ix on audit_entry (occurred_at);

-- What an exchange could not apply, and why; the file itself is moved aside too.
create sequence exchange_failure_seq start with 50 increment by 50;
create table exchange_failure (
    id              number(19)          not null,
    occurred_at     timestamp           not null,
    channel         varchar2(64 char)   not null,
    source_name     varchar2(500 char)  not null,
    position        varchar2(500 char),
    reason          varchar2(4000 char) not null,
    constraint exchange_failure_pk primary key (id)
);
create index exchange_failure_time_ix on exchange_failure (occurred_at);

-- Idempotency keys of inbound messages already applied (content hash per channel).
create table exchange_inbox_key (
    channel         varchar2(64 char)   not null,
    message_key     varchar2(128 char)  not null,
    source_name     varchar2(500 char)  not null,
    applied_at      timestamp           not null,
    summary         varchar2(1000 char),
    constraint exchange_inbox_key_pk primary key (channel, message_key)
);

create table app_setting (
    name            varchar2(64 char)   not null,
    setting_value   varchar2(400 char)  not null,
    constraint app_setting_pk primary key (name)
);
