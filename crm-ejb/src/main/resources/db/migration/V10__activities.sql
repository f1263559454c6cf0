-- Activities: the calls, meetings, tasks and e-mails users plan and report on customers, their
-- contact persons and (later) opportunities, with reminders; and the significant dates of contact
-- persons (birthdays stay on contact_person). Every list the calendar, the customer card and the
-- manager's start page ask for is a range scan of one of the indexes below, so they hold at a
-- million activities.

create sequence activity_seq start with 50 increment by 50;
create table activity (
    id                       number(19)          not null,
    kind                     varchar2(16 char)   not null,
    subject                  varchar2(300 char)  not null,
    -- 2,000 characters at most (the entity's limit): Cyrillic text then fits Oracle's 4,000 bytes
    description              varchar2(4000 char),
    -- who does it
    owner_id                 number(19)          not null,
    counterparty_id          number(19),
    contact_person_id        number(19),
    -- Opportunities come with the sales pipeline: the foreign key is added with their table
    opportunity_id           number(19),
    starts_at                timestamp,
    ends_at                  timestamp,
    due_at                   timestamp,
    -- Where the entry sits in a calendar: its start, or the due time of a task without one.
    -- Kept by the entity, so that a calendar range is one range scan over both.
    calendar_at              timestamp           not null,
    remind_at                timestamp,
    reminder_acknowledged_at timestamp,
    status                   varchar2(16 char)   not null,
    done_at                  timestamp,
    outcome                  varchar2(2000 char),
    created_by               varchar2(64 char)   not null,
    created_at               timestamp           not null,
    version                  number(19)          default 0 not null,
    constraint activity_pk primary key (id),
    constraint activity_kind_ck check (kind in ('CALL', 'MEETING', 'TASK', 'EMAIL')),
    constraint activity_status_ck check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    constraint activity_period_ck check (ends_at is null or ends_at > starts_at),
    constraint activity_owner_fk foreign key (owner_id) references crm_user (id),
    -- Deleting a customer or a contact person keeps the user's activities, without the link
    constraint activity_cp_fk foreign key (counterparty_id) references counterparty (id) on delete set null,
    constraint activity_person_fk foreign key (contact_person_id) references contact_person (id) on delete set null
);
-- A user's (or a team's) calendar over a period
create index activity_owner_calendar_ix on activity (owner_id, calendar_at);
-- A user's open tasks by due date: overdue ones, today's
create index activity_owner_due_ix on activity (owner_id, status, due_at);
-- A user's reminders that are due
create index activity_owner_remind_ix on activity (owner_id, status, remind_at);
-- A customer's activities on its card
create index activity_cp_calendar_ix on activity (counterparty_id, calendar_at);
-- Deleting a contact person looks its activities up here
create index activity_person_ix on activity (contact_person_id);
-- "Opportunities without a next step": has the opportunity a planned activity?
create index activity_opportunity_ix on activity (opportunity_id, status);

-- Birthdays in the next N days: month and day as the number mmdd (1 March is 301), kept by the
-- entity from birthday, so a window of days is one or two ranges of this index.
alter table contact_person add birthday_mmdd number(4);
update contact_person set birthday_mmdd = extract(month from birthday) * 100 + extract(day from birthday)
    where birthday is not null;
create index contact_person_birthday_ix on contact_person (birthday_mmdd);

-- Other significant dates of a contact person (a name day, the day they joined the company):
-- day and month every year, the year when it is known.
create sequence contact_significant_date_seq start with 50 increment by 50;
create table contact_significant_date (
    id                number(19)          not null,
    contact_person_id number(19)          not null,
    name              varchar2(200 char)  not null,
    day_of_month      number(2)           not null,
    month_of_year     number(2)           not null,
    year_of_date      number(4),
    -- month_of_year * 100 + day_of_month, as birthday_mmdd
    month_day         number(4)           not null,
    created_at        timestamp           not null,
    constraint contact_significant_date_pk primary key (id),
    constraint contact_significant_date_ck check (month_of_year between 1 and 12 and day_of_month between 1 and 31
        and month_day = month_of_year * 100 + day_of_month),
    -- The dates belong to the person: they go when the person goes
    constraint contact_significant_date_fk foreign key (contact_person_id) references contact_person (id)
        on delete cascade
);
create index contact_significant_date_md_ix on contact_significant_date (month_day);
create index contact_significant_date_cp_ix on contact_significant_date (contact_person_id);
