-- The portal's own texts (the overview on the start page, the networks' introduction) become content
-- items like the others, so that editors and translators edit them with history and version checks.
-- Valid on H2 and PostgreSQL.

alter table site_text add column slug varchar(150);
update site_text set slug = text_key;
alter table site_text alter column slug set not null;
alter table site_text add constraint uk_site_text_slug unique (slug);
alter table site_text add column internal_note_id bigint references translated_text (id);
alter table site_text add column published boolean default true not null;
alter table site_text add column changed_at timestamp with time zone;
alter table site_text add column changed_by varchar(100);
alter table site_text add column publish_from timestamp with time zone;
alter table site_text add column publish_until timestamp with time zone;
alter table site_text add column deleted_at timestamp with time zone;
alter table site_text add column deleted_by varchar(100);
