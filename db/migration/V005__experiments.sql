-- Saved experiments: a run kept for good, with a title and notes, shared by an unguessable link (/x/{slug}).
-- The result is stored in full (series, theory, metrics, agreement) so that opening the link shows exactly that run
-- without computing, and "re-run and verify" can compare today's code against it.
create table experiment (
    id                 bigint generated always as identity primary key,
    -- 128 random bits, URL-safe base64 without padding: 22 characters
    slug               text        not null unique check (slug ~ '^[A-Za-z0-9_-]{22}$'),
    owner              uuid        not null references account (id) on delete cascade,
    simulation_id      text        not null check (length(simulation_id) between 1 and 100),
    simulation_version integer     not null check (simulation_version > 0),
    parameters         jsonb       not null,
    seed               bigint      not null,
    -- json, not jsonb: kept as written, so series and metrics come back in the order the simulation gave them
    result             json        not null,
    title              text        not null check (length(title) between 1 and 120),
    notes              text        not null default '' check (length(notes) <= 4000),
    -- 'course' is reserved for when courses exist; the application does not offer it yet
    visibility         text        not null default 'private' check (visibility in ('private', 'unlisted', 'course')),
    parent_id          bigint      references experiment (id) on delete set null,
    -- set when an imported file named a simulation or version this server does not have: shown, never recomputed
    import_problem     text        check (length(import_problem) <= 500),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

create index experiment_owner_recent on experiment (owner, created_at desc);
create index experiment_owner_simulation on experiment (owner, simulation_id);
create index experiment_parent on experiment (parent_id);
