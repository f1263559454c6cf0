-- The exchange journal: every inbound and outbound message with its status, counts, element
-- errors and its payload (gzip), so a message can be inspected, downloaded and replayed.

create sequence exchange_message_seq start with 50 increment by 50;
create table exchange_message (
    id              number(19)          not null,
    channel         varchar2(64 char)   not null,
    direction       varchar2(3 char)    not null,
    kind            varchar2(32 char)   not null,
    source_name     varchar2(500 char)  not null,
    idempotency_key varchar2(128 char)  not null,
    status          varchar2(20 char)   not null,
    received_at     timestamp           not null,
    started_at      timestamp,
    finished_at     timestamp,
    attempts        number(5)           default 0 not null,
    read_count      number(10)          default 0 not null,
    applied_count   number(10)          default 0 not null,
    skipped_count   number(10)          default 0 not null,
    failed_count    number(10)          default 0 not null,
    reason          varchar2(4000 char),
    position        varchar2(500 char),
    payload_size    number(19)          not null,
    payload_sha256  varchar2(64 char)   not null,
    -- No foreign key: retention may delete an original before the replay that points at it.
    replay_of_id    number(19),
    resolved_at     timestamp,
    resolved_by     varchar2(64 char),
    resolution      varchar2(1000 char),
    version         number(19)          default 0 not null,
    constraint exchange_message_pk primary key (id),
    constraint exchange_message_direction_ck check (direction in ('IN', 'OUT')),
    constraint exchange_message_status_ck check (status in
        ('RECEIVED', 'PROCESSING', 'APPLIED', 'PARTLY_APPLIED', 'FAILED', 'DEAD_LETTERED', 'REPLAYED'))
);
-- Not unique: a replay journals the same key again.
create index exchange_message_key_ix on exchange_message (channel, idempotency_key);
create index exchange_message_status_ix on exchange_message (status, received_at);
create index exchange_message_received_ix on exchange_message (received_at);
create index exchange_message_replay_ix on exchange_message (replay_of_id);

-- Kept apart from the message row so that lists never touch it; written and read by streaming JDBC.
create table exchange_message_payload (
    message_id      number(19)          not null,
    content         blob                not null,
    constraint exchange_message_payload_pk primary key (message_id),
    constraint exchange_payload_message_fk foreign key (message_id) references exchange_message (id)
);

create sequence exchange_message_error_seq start with 50 increment by 50;
create table exchange_message_error (
    id              number(19)          not null,
    message_id      number(19)          not null,
    position        varchar2(500 char),
    element_id      varchar2(200 char),
    reason          varchar2(2000 char),
    constraint exchange_message_error_pk primary key (id),
    constraint exchange_message_error_msg_fk foreign key (message_id) references exchange_message (id)
);
create index exchange_message_error_msg_ix on exchange_message_error (message_id);
