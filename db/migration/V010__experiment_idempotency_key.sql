-- A client's own name for one save over the HTTP API (header Idempotency-Key): a save retried after its answer was
-- lost (a dropped connection, a server killed mid-request) returns the experiment saved the first time instead of a
-- second copy. Kept with the experiment, so it is committed, or not, together with it.
alter table experiment add column idempotency_key text check (idempotency_key ~ '^[A-Za-z0-9._:-]{1,100}$');
create unique index experiment_idempotency_key on experiment (owner, idempotency_key)
    where idempotency_key is not null;
