-- Trash: deleting an item in the browser moves it here; readers and search no longer see it, and an
-- editor can restore it. Nothing is destroyed from the UI. Valid on H2 and PostgreSQL.

alter table contact add column deleted_at timestamp with time zone;
alter table contact add column deleted_by varchar(100);
alter table partner_city add column deleted_at timestamp with time zone;
alter table partner_city add column deleted_by varchar(100);
alter table network add column deleted_at timestamp with time zone;
alter table network add column deleted_by varchar(100);
alter table news_item add column deleted_at timestamp with time zone;
alter table news_item add column deleted_by varchar(100);
alter table programme add column deleted_at timestamp with time zone;
alter table programme add column deleted_by varchar(100);
