-- Exchange channels an ERP administrator configures: each row drives one exchange (a 1C site
-- session, a folder or queue poller), so the routes follow the configuration at run time.

create sequence exchange_channel_seq start with 50 increment by 50;
create table exchange_channel (
    id                    number(19)          not null,
    code                  varchar2(64 char)   not null,
    name                  varchar2(200 char)  not null,
    kind                  varchar2(32 char)   not null,
    enabled               number(1)           default 0 not null,
    poll_interval_seconds number(10)          default 60 not null,
    -- optional cron-like text; when set, routes run on it instead of the poll interval
    schedule              varchar2(100 char),
    encoding              varchar2(20 char)   default 'UTF-8' not null,
    -- a 1C site logs in with it, so a login names one channel; Oracle's unique constraint
    -- ignores rows whose login is null
    login                 varchar2(100 char),
    password_hash         varchar2(200 char),
    folder                varchar2(1000 char),
    queue_name            varchar2(200 char),
    catalogue_mode        varchar2(20 char)   default 'FILE_DECIDES' not null,
    file_limit_bytes      number(19)          default 10485760 not null,
    zip_allowed           number(1)           default 0 not null,
    -- "run now": routes compare it with their last run
    run_requested_at      timestamp,
    created_at            timestamp           not null,
    updated_at            timestamp           not null,
    version               number(19)          default 0 not null,
    constraint exchange_channel_pk primary key (id),
    constraint exchange_channel_code_uk unique (code),
    constraint exchange_channel_login_uk unique (login),
    constraint exchange_channel_kind_ck check (kind in
        ('ONE_C_SITE', 'FOLDER_DROP', 'BANK_STATEMENTS', 'LOGISTICS_QUEUE', 'OUTBOUND_ORDERS')),
    constraint exchange_channel_encoding_ck check (encoding in ('UTF-8', 'windows-1251')),
    constraint exchange_channel_mode_ck check (catalogue_mode in ('FILE_DECIDES', 'ALWAYS_PARTIAL')),
    constraint exchange_channel_enabled_ck check (enabled in (0, 1)),
    constraint exchange_channel_zip_ck check (zip_allowed in (0, 1))
);

-- How a channel's 1C ids (Ид of price types, warehouses) map to the CRM's own codes.
create sequence exchange_channel_mapping_seq start with 50 increment by 50;
create table exchange_channel_mapping (
    id              number(19)          not null,
    channel_id      number(19)          not null,
    kind            varchar2(20 char)   not null,
    external_id     varchar2(100 char)  not null,
    local_code      varchar2(100 char)  not null,
    constraint exchange_channel_mapping_pk primary key (id),
    constraint exchange_channel_mapping_uk unique (channel_id, kind, external_id),
    constraint exchange_ch_mapping_kind_ck check (kind in ('PRICE_TYPE', 'WAREHOUSE')),
    constraint exchange_channel_mapping_ch_fk foreign key (channel_id) references exchange_channel (id)
);
