-- Courses: an instructor's class, the learners who joined it with its code, and the chapters assigned to them.
-- Everything a learner does in an assigned chapter stays in the progress tables; a course only says what is due.

create table course (
    id           uuid        primary key,
    title        text        not null check (length(title) between 1 and 120),
    term         text        not null default '' check (length(term) <= 60),
    description  text        not null default '' check (length(description) <= 2000),
    -- 10 characters of Crockford's base32 (no I, L, O, U): 50 random bits, read aloud without ambiguity
    join_code    text        not null check (join_code ~ '^[0-9A-HJKMNP-TV-Z]{10}$'),
    join_enabled boolean     not null default true,
    archived     boolean     not null default false,
    created_at   timestamptz not null default now()
);

create unique index course_join_code on course (join_code);

-- Who teaches a course: its owner (who created it) and any co-instructors, all with the same rights.
create table course_instructor (
    course_id  uuid        not null references course (id) on delete cascade,
    account_id uuid        not null references account (id) on delete cascade,
    owner      boolean     not null default false,
    added_at   timestamptz not null default now(),
    primary key (course_id, account_id)
);

create index course_instructor_account on course_instructor (account_id);

-- Learners in a course. A removed learner keeps the row (removed_at set) so a guessed or shared code cannot put
-- them back; an instructor can add them again.
create table course_member (
    course_id  uuid        not null references course (id) on delete cascade,
    account_id uuid        not null references account (id) on delete cascade,
    joined_at  timestamptz not null default now(),
    removed_at timestamptz,
    primary key (course_id, account_id)
);

create index course_member_account on course_member (account_id);

-- A chapter assigned to a course, optionally only some of its checkpoints. Times are instants; zone_id is the
-- instructor's zone when they set them, so the dates read back as they were typed.
create table assignment (
    id             uuid        primary key,
    course_id      uuid        not null references course (id) on delete cascade,
    chapter_id     text        not null check (length(chapter_id) between 1 and 200),
    checkpoint_ids text[]      not null default '{}',
    opens_at       timestamptz not null,
    due_at         timestamptz not null,
    zone_id        text        not null check (length(zone_id) between 1 and 64),
    created_at     timestamptz not null default now(),
    check (due_at > opens_at)
);

create index assignment_course on assignment (course_id, due_at);

-- A later due date for one learner.
create table assignment_extension (
    assignment_id uuid        not null references assignment (id) on delete cascade,
    account_id    uuid        not null references account (id) on delete cascade,
    due_at        timestamptz not null,
    primary key (assignment_id, account_id)
);
