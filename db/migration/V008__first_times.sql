-- When each requirement of a chapter was first met, so that an assignment's completion time does not move when a
-- learner comes back later (a re-answer after the due date must not turn "done" into "late").
-- Rows written before this migration only know their latest times; those are the best estimate there is.

-- Parallel to sections_reached: when each of those sections was first reached.
alter table chapter_progress add column sections_reached_at timestamptz[];
update chapter_progress
   set sections_reached_at = array_fill(last_activity_at, array[cardinality(sections_reached)]);
alter table chapter_progress alter column sections_reached_at set not null,
                             alter column sections_reached_at set default '{}',
                             add check (cardinality(sections_reached_at) = cardinality(sections_reached));

alter table simulation_use add column first_run_at timestamptz;
update simulation_use set first_run_at = last_run_at;
alter table simulation_use alter column first_run_at set not null, alter column first_run_at set default now();

alter table checkpoint_answer add column first_answered_at timestamptz;
update checkpoint_answer set first_answered_at = answered_at;
alter table checkpoint_answer alter column first_answered_at set not null,
                              alter column first_answered_at set default now();
