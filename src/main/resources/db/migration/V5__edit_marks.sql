-- "Being edited by … since …": one row per editor with an item's editor open. A mark lives only while
-- the editor's page renews it; an expired mark counts for nothing. In the database, so every node of
-- the portal sees the same marks. Valid on H2 and PostgreSQL.

create table edit_mark (
    content_type varchar(30)  not null,
    slug         varchar(150) not null,
    username     varchar(100) not null,
    since        timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    constraint pk_edit_mark primary key (content_type, slug, username)
);
