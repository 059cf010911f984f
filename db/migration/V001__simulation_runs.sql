-- Every completed simulation run, keyed by what determines its result. A run asked for again (the same simulation
-- version, parameters and seed) is served from here instead of being recomputed.
create table simulation_run (
    id                 bigint generated always as identity primary key,
    simulation_id      text        not null,
    simulation_version integer     not null check (simulation_version > 0),
    parameters_key     text        not null,
    seed               bigint      not null,
    parameters         jsonb       not null,
    -- json, not jsonb: kept as written, so series and metrics come back in the order the simulation gave them
    result             json        not null,
    elapsed_ms         bigint      not null check (elapsed_ms >= 0),
    created_at         timestamptz not null default now(),
    constraint simulation_run_identity unique (simulation_id, simulation_version, parameters_key, seed)
);

create index simulation_run_recent on simulation_run (simulation_id, created_at desc);
