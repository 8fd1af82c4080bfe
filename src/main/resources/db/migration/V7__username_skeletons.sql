-- What each user name looks like: its confusable skeleton (Unicode TS #39), so that a new name that looks
-- like an existing one can be refused. Not unique, since accounts from before this check may share one.
-- SQL cannot compute skeletons, nor the NFKC case-folded keys that names now have: the Java migration
-- 7.1 (app.lightbox.security.UsernameFormsMigration) fills in both for existing accounts.
alter table app_user add column username_skeleton varchar(255);
create index app_user_username_skeleton_idx on app_user (username_skeleton);
-- A login looks up the name exactly as shown first (UserAccountService.findByUsername).
create index app_user_username_idx on app_user (username);
