-- Images keep the hash of their bytes as uploaded beside that of the stored bytes (the ETag), which
-- differ once the location is removed; a later duplicate check matches the same photo uploaded twice.
-- Nothing was ever stripped from the images stored so far, so both hashes are the same for them.
alter table stored_image add column location_removed boolean default false not null;
alter table stored_image add column upload_sha256 varchar(64);
update stored_image set upload_sha256 = sha256;
alter table stored_image alter column upload_sha256 set not null;
