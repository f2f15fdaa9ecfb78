-- Hibernate Search's outbox-polling coordination (cluster profile only, PostgreSQL): every change of an
-- indexed item is written here in the saving transaction; the nodes' agents share the events and write
-- them into OpenSearch. As Hibernate Search 8.2 maps these tables.
create table hsearch_agent (
    id uuid not null,
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count integer,
    assigned_shard_index integer,
    tenant_id varchar(255),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    id uuid not null,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    payload bytea not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255),
    primary key (id)
);

create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
