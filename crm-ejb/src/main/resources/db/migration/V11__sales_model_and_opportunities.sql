-- The sales pipeline: sales-model templates (stages in order, each with its probability and the
-- steps that must be done there), opportunities that follow one, their stage history, the close
-- reasons and the rules that pick a curator. The pipeline list and the manager's start page are
-- range scans of the opportunity indexes below, so they hold at 100,000 opportunities.

create sequence sales_model_seq start with 50 increment by 50;
create table sales_model (
    id          number(19)          not null,
    name        varchar2(200 char)  not null,
    active      number(1)           default 1 not null,
    created_by  varchar2(64 char)   not null,
    created_at  timestamp           not null,
    updated_at  timestamp           not null,
    version     number(19)          default 0 not null,
    constraint sales_model_pk primary key (id),
    constraint sales_model_active_ck check (active in (0, 1))
);

-- A stage keeps its id through renames and reorders: opportunities and their history point at it.
-- No unique (model_id, position): reordering swaps positions within one flush.
create sequence sales_stage_seq start with 50 increment by 50;
create table sales_stage (
    id          number(19)          not null,
    model_id    number(19)          not null,
    position    number(3)           not null,
    name        varchar2(100 char)  not null,
    probability number(3)           not null,
    -- null for an open stage; a won or lost opportunity stands on the model's WON or LOST stage
    final_kind  varchar2(8 char),
    constraint sales_stage_pk primary key (id),
    constraint sales_stage_probability_ck check (probability between 0 and 100),
    constraint sales_stage_final_ck check (final_kind in ('WON', 'LOST')),
    constraint sales_stage_model_fk foreign key (model_id) references sales_model (id)
);
create index sales_stage_model_ix on sales_stage (model_id, position);

create sequence sales_step_seq start with 50 increment by 50;
create table sales_step (
    id               number(19)          not null,
    stage_id         number(19)          not null,
    position         number(3)           not null,
    title            varchar2(300 char)  not null,
    due_offset_days  number(4)           default 0 not null,
    -- CURATOR, or a role name (SALES_HEAD: the curator's head does it)
    performer        varchar2(32 char)   not null,
    blocking         number(1)           default 0 not null,
    constraint sales_step_pk primary key (id),
    constraint sales_step_offset_ck check (due_offset_days >= 0),
    constraint sales_step_blocking_ck check (blocking in (0, 1)),
    constraint sales_step_stage_fk foreign key (stage_id) references sales_stage (id) on delete cascade
);
create index sales_step_stage_ix on sales_step (stage_id, position);

create sequence close_reason_seq start with 50 increment by 50;
create table close_reason (
    id          number(19)          not null,
    code        varchar2(32 char)   not null,
    name_ru     varchar2(200 char)  not null,
    name_en     varchar2(200 char)  not null,
    outcome     varchar2(8 char)    not null,
    active      number(1)           default 1 not null,
    constraint close_reason_pk primary key (id),
    constraint close_reason_code_uk unique (code),
    constraint close_reason_outcome_ck check (outcome in ('WON', 'LOST')),
    constraint close_reason_active_ck check (active in (0, 1))
);

-- The reasons every installation starts with (ids below the sequence's start)
insert into close_reason (id, code, name_ru, name_en, outcome, active) values
    (1, 'PRICE_QUALITY', 'Цена и качество', 'Price and quality', 'WON', 1);
insert into close_reason (id, code, name_ru, name_en, outcome, active) values
    (2, 'RELATIONSHIP', 'Доверие и отношения', 'Relationship and trust', 'WON', 1);
insert into close_reason (id, code, name_ru, name_en, outcome, active) values
    (3, 'DELIVERY_TERMS', 'Сроки и условия поставки', 'Delivery terms', 'WON', 1);
insert into close_reason (id, code, name_ru, name_en, outcome, active) values
    (11, 'PRICE', 'Высокая цена', 'Price too high', 'LOST', 1);
insert into close_reason (id, code, name_ru, name_en, outcome, active) values
    (12, 'COMPETITOR', 'Выбрали конкурента', 'Chose a competitor', 'LOST', 1);
insert into close_reason (id, code, name_ru, name_en, outcome, active) values
    (13, 'NO_BUDGET', 'Нет бюджета', 'No budget', 'LOST', 1);
insert into close_reason (id, code, name_ru, name_en, outcome, active) values
    (14, 'POSTPONED', 'Проект отложен', 'Project postponed', 'LOST', 1);
insert into close_reason (id, code, name_ru, name_en, outcome, active) values
    (15, 'NO_RESPONSE', 'Клиент перестал отвечать', 'Customer stopped responding', 'LOST', 1);

create sequence opportunity_seq start with 50 increment by 50;
create table opportunity (
    id                 number(19)          not null,
    -- "OPP-" and the id, zero-padded to six digits
    opportunity_number varchar2(32 char)   not null,
    title              varchar2(300 char)  not null,
    counterparty_id    number(19)          not null,
    contact_person_id  number(19),
    model_id           number(19)          not null,
    stage_id           number(19)          not null,
    curator_id         number(19)          not null,
    amount             number(18,2),
    currency           varchar2(3 char)    default 'RUB' not null,
    expected_close     date,
    state              varchar2(8 char)    not null,
    close_reason_id    number(19),
    close_comment      varchar2(1000 char),
    closed_at          timestamp,
    -- the lead it was converted from; leads come later and bring the foreign key
    lead_id            number(19),
    created_by         varchar2(64 char)   not null,
    created_at         timestamp           not null,
    updated_at         timestamp           not null,
    version            number(19)          default 0 not null,
    constraint opportunity_pk primary key (id),
    constraint opportunity_number_uk unique (opportunity_number),
    constraint opportunity_state_ck check (state in ('OPEN', 'WON', 'LOST')),
    constraint opportunity_closed_ck check ((state = 'OPEN' and closed_at is null and close_reason_id is null)
        or (state <> 'OPEN' and closed_at is not null and close_reason_id is not null)),
    constraint opportunity_amount_ck check (amount is null or amount >= 0),
    constraint opportunity_cp_fk foreign key (counterparty_id) references counterparty (id),
    constraint opportunity_person_fk foreign key (contact_person_id) references contact_person (id) on delete set null,
    constraint opportunity_model_fk foreign key (model_id) references sales_model (id),
    constraint opportunity_stage_fk foreign key (stage_id) references sales_stage (id),
    constraint opportunity_curator_fk foreign key (curator_id) references crm_user (id),
    constraint opportunity_reason_fk foreign key (close_reason_id) references close_reason (id)
);
-- The pipeline list and the start page: a curator's (or a team's) open opportunities by stage
create index opportunity_pipeline_ix on opportunity (curator_id, state, stage_id);
-- Closing soon / overdue to close, over everyone
create index opportunity_close_ix on opportunity (state, expected_close);
-- A stage's opportunities (a head's kanban column; removing a stage checks it holds none)
create index opportunity_stage_ix on opportunity (stage_id, state);
-- A customer's opportunities on its card
create index opportunity_cp_ix on opportunity (counterparty_id, state);
create index opportunity_person_ix on opportunity (contact_person_id);
create index opportunity_lead_ix on opportunity (lead_id);

create sequence opportunity_stage_visit_seq start with 50 increment by 50;
create table opportunity_stage_visit (
    id              number(19)          not null,
    opportunity_id  number(19)          not null,
    stage_id        number(19)          not null,
    entered_at      timestamp           not null,
    left_at         timestamp,
    entered_by      varchar2(64 char)   not null,
    -- why the opportunity came back to this stage, when it moved backwards
    reason          varchar2(1000 char),
    constraint opportunity_stage_visit_pk primary key (id),
    constraint opportunity_visit_opp_fk foreign key (opportunity_id) references opportunity (id) on delete cascade,
    constraint opportunity_visit_stage_fk foreign key (stage_id) references sales_stage (id)
);
create index opportunity_visit_opp_ix on opportunity_stage_visit (opportunity_id, entered_at);
create index opportunity_visit_stage_ix on opportunity_stage_visit (stage_id);

-- Automatic curator assignment: the first active rule (by position) whose category and region
-- match the customer picks from its pool the member with the fewest open opportunities; ties go
-- round robin after last_user_id.
create sequence assignment_rule_seq start with 50 increment by 50;
create table assignment_rule (
    id            number(19)          not null,
    position      number(5)           not null,
    category_id   number(19),
    -- matched when the customer's legal address contains it, ignoring case
    region        varchar2(200 char),
    active        number(1)           default 1 not null,
    last_user_id  number(19),
    version       number(19)          default 0 not null,
    constraint assignment_rule_pk primary key (id),
    constraint assignment_rule_active_ck check (active in (0, 1)),
    constraint assignment_rule_category_fk foreign key (category_id) references customer_category (id),
    constraint assignment_rule_last_fk foreign key (last_user_id) references crm_user (id) on delete set null
);
create table assignment_rule_member (
    rule_id   number(19) not null,
    user_id   number(19) not null,
    constraint assignment_rule_member_pk primary key (rule_id, user_id),
    constraint assignment_rule_member_rule_fk foreign key (rule_id) references assignment_rule (id) on delete cascade,
    constraint assignment_rule_member_user_fk foreign key (user_id) references crm_user (id) on delete cascade
);

-- The action plan: the tasks a stage generated, on the opportunity, naming the step they do
alter table activity add sales_step_id number(19);
alter table activity add constraint activity_opportunity_fk foreign key (opportunity_id) references opportunity (id)
    on delete set null;
alter table activity add constraint activity_step_fk foreign key (sales_step_id) references sales_step (id)
    on delete set null;
create index activity_step_ix on activity (sales_step_id);
