-- Whether an image's stored file has been through location removal (LocationRemoval). Uploads are at upload
-- while lightbox.privacy.strip-location is on, so new rows say true; images stored before V13, or while it was
-- off, may still hold their GPS position. Every image already here is marked unchecked, and the LocationBackfill
-- checks them in the background, oldest first: it rewrites a file that holds a location, corrects the row
-- (size, sha256, location_removed, content_key) and sets location_checked. All of them, not only those with
-- location_removed = false: files stripped by an earlier stripper (before IPTC places went) get the current one.
alter table stored_image add column location_checked boolean default true not null;
update stored_image set location_checked = false;
create index stored_image_location_checked_idx on stored_image (location_checked, id);
