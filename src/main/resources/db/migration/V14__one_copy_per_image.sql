-- One copy per image: an upload whose stored bytes are already in the library (content_key, the SHA-256
-- of the stored bytes) or whose bytes as uploaded are (upload_sha256) stores nothing new and answers with
-- the image already there. The unique index makes two identical uploads at the same moment end with one
-- row: the second insert fails, and that upload removes its file and answers with the first.
-- Libraries may hold copies from before this version: the oldest of each keeps the key, the others have
-- none (they stay as they are, and are found by their upload hash if at all).
alter table stored_image add column content_key varchar(64);
update stored_image set content_key = sha256 where id in (select min(id) from stored_image group by sha256);
create unique index stored_image_content_key_uq on stored_image (content_key);
create index stored_image_upload_sha256_idx on stored_image (upload_sha256);
