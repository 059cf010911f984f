-- An assignment may also require the learner to run some of the chapter's simulations (none listed: none required).
alter table assignment add column simulation_ids text[] not null default '{}';
