-- "Stay signed in": the token a device had just before its last change. A page that is left sends one more
-- request (Vaadin's beacon) while the next page's request is already on its way, both with the same token;
-- the later one is still accepted for a few seconds instead of being taken for a stolen token.
alter table persistent_logins add column previous_token varchar(64);
