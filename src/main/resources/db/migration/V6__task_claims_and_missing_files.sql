-- Work that one node of several does at a time (the storage sweep; later derivatives and backfills):
-- a row per task, claimed by a conditional update (see TaskClaims). A claim holds until its holder
-- finishes it or claimed_until passes, so a node that dies mid-task is relieved.
create table task_claim (
    name          varchar(64)  not null primary key,
    holder        varchar(128),
    claimed_until timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone
);

-- Set when an image's file was found missing (by the storage sweep or when it was asked for), cleared
-- when the sweep finds it again: the library then shows "file missing" instead of a broken picture.
alter table stored_image add column file_missing boolean default false not null;
