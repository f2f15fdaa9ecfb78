-- An agreement document an editor removes is kept, marked as removed (when, by whom), so that it can be
-- restored: the office's record never loses a signed agreement by a slip of the mouse.
alter table city_document add column removed_at timestamp with time zone;
alter table city_document add column removed_by varchar(100);
