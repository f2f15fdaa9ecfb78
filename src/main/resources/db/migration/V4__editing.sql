-- Editing: who changed a content item last, and when. Every save sets both, so the item's version
-- grows even when only one of its translated texts changed (a stale save is then always refused).
-- Valid on H2 and PostgreSQL.

alter table contact add column changed_at timestamp with time zone;
alter table contact add column changed_by varchar(100);
alter table partner_city add column changed_at timestamp with time zone;
alter table partner_city add column changed_by varchar(100);
alter table network add column changed_at timestamp with time zone;
alter table network add column changed_by varchar(100);
alter table news_item add column changed_at timestamp with time zone;
alter table news_item add column changed_by varchar(100);
alter table programme add column changed_at timestamp with time zone;
alter table programme add column changed_by varchar(100);
