-- Locks that hold across several portal nodes (ShedLock): start-up steps and jobs that must run once.
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null,
    primary key (name)
);

-- The search index's rebuild, as every node shows it: one row, written by the node that rebuilds.
create table search_rebuild (
    id integer not null,
    node varchar(255),
    started_at timestamp(3),
    heartbeat_at timestamp(3),
    finished_at timestamp(3),
    running boolean not null,
    rebuilt bigint not null,
    to_rebuild bigint not null,
    failed boolean not null,
    primary key (id)
);
insert into search_rebuild (id, running, rebuilt, to_rebuild, failed) values (1, false, 0, 0, false);

-- "Stay signed in": one row per device a user ticked it on (Spring Security's persistent tokens).
create table persistent_logins (
    username varchar(64) not null,
    series varchar(64) not null,
    token varchar(64) not null,
    last_used timestamp(3) not null,
    primary key (series)
);
