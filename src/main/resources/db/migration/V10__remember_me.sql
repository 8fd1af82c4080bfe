-- "Keep me signed in": Spring Security's persistent remember-me tokens (JdbcTokenRepositoryImpl's table,
-- which the app never lets it create). A row is one signed-in browser; its token changes at each use,
-- and a user's rows go at logout (that browser's) and when the password changes (all of them).
create table persistent_logins (
    username  varchar(64) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);
create index persistent_logins_username_idx on persistent_logins (username);
