-- What each signed-in learner has done in each chapter. Writes are small upserts made as the learner reads, runs
-- and answers; nothing waits for a "save" button. Deleting an account deletes all of it.
create table chapter_progress (
    account_id       uuid        not null references account (id) on delete cascade,
    chapter_id       text        not null check (length(chapter_id) <= 200),
    opened_at        timestamptz not null default now(),
    last_activity_at timestamptz not null default now(),
    -- Section ids the learner has scrolled to, in the order first reached.
    sections_reached text[]      not null default '{}',
    primary key (account_id, chapter_id)
);

create table simulation_use (
    account_id    uuid        not null references account (id) on delete cascade,
    chapter_id    text        not null check (length(chapter_id) <= 200),
    simulation_id text        not null check (length(simulation_id) <= 200),
    runs          integer     not null check (runs > 0),
    last_run_at   timestamptz not null default now(),
    primary key (account_id, chapter_id, simulation_id)
);

create table checkpoint_answer (
    account_id    uuid        not null references account (id) on delete cascade,
    chapter_id    text        not null check (length(chapter_id) <= 200),
    checkpoint_id text        not null check (length(checkpoint_id) <= 200),
    response      text        not null check (length(response) <= 4000),
    -- null for an open question the learner has not marked themselves
    correct       boolean,
    attempts      integer     not null check (attempts > 0),
    answered_at   timestamptz not null default now(),
    primary key (account_id, chapter_id, checkpoint_id)
);

create index chapter_progress_recent on chapter_progress (account_id, last_activity_at desc);
