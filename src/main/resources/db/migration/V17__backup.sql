-- an administrator's API token serves the backup's export and import (README "Backup and restore")
alter table api_token drop constraint ck_api_token_role;
alter table api_token add constraint ck_api_token_role check (role in ('STAFF', 'PARTNER', 'ADMIN'));
