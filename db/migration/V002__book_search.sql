-- Full-text search over the book. The chapters live in Markdown files, not here: these rows are a derived index,
-- rebuilt at start-up whenever the chapters' text changed, so readers can search every section at once.

-- One row per section of a chapter (the part before the first heading is the section with id '').
create table book_section (
    chapter_id    text    not null check (chapter_id <> ''),
    section_id    text    not null,
    chapter_title text    not null,
    section_title text    not null,
    body          text    not null,
    -- reading order across the whole book: ties in rank are shown in the order a reader meets them
    position      integer not null check (position >= 0),
    -- a match in the section's heading says more than one in its chapter's title, which says more than one in the
    -- text; 'english' folds plural and verb forms together ("network" finds "networks")
    document      tsvector generated always as (
        setweight(to_tsvector('english', section_title), 'A')
            || setweight(to_tsvector('english', chapter_title), 'B')
            || setweight(to_tsvector('english', body), 'D')
    ) stored,
    constraint book_section_pk primary key (chapter_id, section_id),
    constraint book_section_position unique (position)
);

create index book_section_document on book_section using gin (document);

-- What the index was built from: a SHA-256 of every chapter's sections. At most one row (the key can only be true),
-- so "is the index current?" is one comparison and concurrent starts cannot record two answers.
create table book_search_fingerprint (
    singleton  boolean     primary key default true check (singleton),
    sha256     text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    sections   integer     not null check (sections >= 0),
    indexed_at timestamptz not null default now()
);
