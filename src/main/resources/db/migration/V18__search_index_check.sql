-- The last comparison of the search index with the database (README "Crash safety and index self-repair"):
-- one row, written by the node that ran it, read by /admin/search on every node.
create table search_index_check (
    id integer not null,
    node varchar(255),
    started_at timestamp(3),
    checked_at timestamp(3),
    running boolean not null,
    compared bigint not null,
    documents bigint not null,
    missing bigint not null,
    stale bigint not null,
    orphaned bigint not null,
    failed boolean not null,
    primary key (id)
);
insert into search_index_check (id, running, compared, documents, missing, stale, orphaned, failed)
    values (1, false, 0, 0, 0, 0, 0, false);
