-- An account can be disabled by an admin and enabled again; a disabled account cannot sign in by any means
-- (login form, remembered login, API token, HTTP Basic), and keeps its content.
alter table app_user add column enabled boolean default true not null;
