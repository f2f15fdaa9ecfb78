-- Accounts from the city's directory (LDAP) beside the local ones. A directory account signs in with its
-- directory password only: it has no local password hash at all (null), which the check below enforces, so
-- no local password check can ever succeed for it. Existing accounts are local. The e-mail address is the
-- directory's (empty for local accounts). Valid on H2 and PostgreSQL.
alter table app_user add column source varchar(20) default 'LOCAL' not null;
alter table app_user add column email varchar(254);
alter table app_user alter column password_hash drop not null;
alter table app_user add constraint ck_app_user_source check (source in ('LOCAL', 'DIRECTORY'));
alter table app_user add constraint ck_app_user_password check (
    (source = 'LOCAL' and password_hash is not null) or (source = 'DIRECTORY' and password_hash is null));
