-- Scheduled publishing: a published item is shown to readers only from publish_from (if set) and
-- until publish_until (if set). Valid on H2 and PostgreSQL.

alter table contact add column publish_from timestamp with time zone;
alter table contact add column publish_until timestamp with time zone;
alter table partner_city add column publish_from timestamp with time zone;
alter table partner_city add column publish_until timestamp with time zone;
alter table network add column publish_from timestamp with time zone;
alter table network add column publish_until timestamp with time zone;
alter table news_item add column publish_from timestamp with time zone;
alter table news_item add column publish_until timestamp with time zone;
alter table programme add column publish_from timestamp with time zone;
alter table programme add column publish_until timestamp with time zone;
