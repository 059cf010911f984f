-- Learner, instructor and admin accounts. Reading and running need none; keeping progress, saving experiments and
-- joining courses do. The email is unique whatever its case; passwords are stored only as Argon2id hashes.
create table account (
    id                  uuid        primary key,
    email               text        not null check (length(email) between 3 and 254),
    display_name        text        not null check (length(display_name) between 1 and 80),
    password_hash       text        not null,
    role                text        not null check (role in ('LEARNER', 'INSTRUCTOR', 'ADMIN')),
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz not null default now()
);

create unique index account_email_unique on account (lower(email));

-- "Keep me signed in": Spring Security's persistent remember-me tokens (the schema JdbcTokenRepositoryImpl uses).
-- A token is a random series and value; a stolen cookie used twice invalidates the whole series.
create table persistent_logins (
    username  text        not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);

create index persistent_logins_username on persistent_logins (username);
